; torchsmt obligation add.interval_sound@2x1_1x3 (lemma, op add, interval_sound)
; l <= x <= u -> lo <= f(x) <= hi at shapes ((2, 1), (1, 3)) (on the op's domain)
(set-info :source |torchsmt lemma add.interval_sound@2x1_1x3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun l0_0_0 () Real)
(declare-fun u0_0_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun l0_1_0 () Real)
(declare-fun u0_1_0 () Real)
(declare-fun x1_0_0 () Real)
(declare-fun l1_0_0 () Real)
(declare-fun u1_0_0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun l1_0_1 () Real)
(declare-fun u1_0_1 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun l1_0_2 () Real)
(declare-fun u1_0_2 () Real)
(declare-fun -inf! () Real)
(assert
 (<= l0_0_0 x0_0_0))
(assert
 (<= x0_0_0 u0_0_0))
(assert
 (<= l0_1_0 x0_1_0))
(assert
 (<= x0_1_0 u0_1_0))
(assert
 (<= l1_0_0 x1_0_0))
(assert
 (<= x1_0_0 u1_0_0))
(assert
 (<= l1_0_1 x1_0_1))
(assert
 (<= x1_0_1 u1_0_1))
(assert
 (<= l1_0_2 x1_0_2))
(assert
 (<= x1_0_2 u1_0_2))
(assert
 (let (($x52 (or (= (+ l0_0_0 l1_0_0) -inf!) (<= (+ l0_0_0 l1_0_0) (+ x0_0_0 x1_0_0)))))
(not $x52)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun l0_0_0 () Real)
(declare-fun u0_0_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun l0_1_0 () Real)
(declare-fun u0_1_0 () Real)
(declare-fun x1_0_0 () Real)
(declare-fun l1_0_0 () Real)
(declare-fun u1_0_0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun l1_0_1 () Real)
(declare-fun u1_0_1 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun l1_0_2 () Real)
(declare-fun u1_0_2 () Real)
(declare-fun +inf! () Real)
(assert
 (<= l0_0_0 x0_0_0))
(assert
 (<= x0_0_0 u0_0_0))
(assert
 (<= l0_1_0 x0_1_0))
(assert
 (<= x0_1_0 u0_1_0))
(assert
 (<= l1_0_0 x1_0_0))
(assert
 (<= x1_0_0 u1_0_0))
(assert
 (<= l1_0_1 x1_0_1))
(assert
 (<= x1_0_1 u1_0_1))
(assert
 (<= l1_0_2 x1_0_2))
(assert
 (<= x1_0_2 u1_0_2))
(assert
 (let (($x55 (or (= (+ u0_0_0 u1_0_0) +inf!) (<= (+ x0_0_0 x1_0_0) (+ u0_0_0 u1_0_0)))))
(not $x55)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun l0_0_0 () Real)
(declare-fun u0_0_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun l0_1_0 () Real)
(declare-fun u0_1_0 () Real)
(declare-fun x1_0_0 () Real)
(declare-fun l1_0_0 () Real)
(declare-fun u1_0_0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun l1_0_1 () Real)
(declare-fun u1_0_1 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun l1_0_2 () Real)
(declare-fun u1_0_2 () Real)
(declare-fun -inf! () Real)
(assert
 (<= l0_0_0 x0_0_0))
(assert
 (<= x0_0_0 u0_0_0))
(assert
 (<= l0_1_0 x0_1_0))
(assert
 (<= x0_1_0 u0_1_0))
(assert
 (<= l1_0_0 x1_0_0))
(assert
 (<= x1_0_0 u1_0_0))
(assert
 (<= l1_0_1 x1_0_1))
(assert
 (<= x1_0_1 u1_0_1))
(assert
 (<= l1_0_2 x1_0_2))
(assert
 (<= x1_0_2 u1_0_2))
(assert
 (let (($x58 (or (= (+ l0_0_0 l1_0_1) -inf!) (<= (+ l0_0_0 l1_0_1) (+ x0_0_0 x1_0_1)))))
(not $x58)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun l0_0_0 () Real)
(declare-fun u0_0_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun l0_1_0 () Real)
(declare-fun u0_1_0 () Real)
(declare-fun x1_0_0 () Real)
(declare-fun l1_0_0 () Real)
(declare-fun u1_0_0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun l1_0_1 () Real)
(declare-fun u1_0_1 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun l1_0_2 () Real)
(declare-fun u1_0_2 () Real)
(declare-fun +inf! () Real)
(assert
 (<= l0_0_0 x0_0_0))
(assert
 (<= x0_0_0 u0_0_0))
(assert
 (<= l0_1_0 x0_1_0))
(assert
 (<= x0_1_0 u0_1_0))
(assert
 (<= l1_0_0 x1_0_0))
(assert
 (<= x1_0_0 u1_0_0))
(assert
 (<= l1_0_1 x1_0_1))
(assert
 (<= x1_0_1 u1_0_1))
(assert
 (<= l1_0_2 x1_0_2))
(assert
 (<= x1_0_2 u1_0_2))
(assert
 (let (($x61 (or (= (+ u0_0_0 u1_0_1) +inf!) (<= (+ x0_0_0 x1_0_1) (+ u0_0_0 u1_0_1)))))
(not $x61)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun l0_0_0 () Real)
(declare-fun u0_0_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun l0_1_0 () Real)
(declare-fun u0_1_0 () Real)
(declare-fun x1_0_0 () Real)
(declare-fun l1_0_0 () Real)
(declare-fun u1_0_0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun l1_0_1 () Real)
(declare-fun u1_0_1 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun l1_0_2 () Real)
(declare-fun u1_0_2 () Real)
(declare-fun -inf! () Real)
(assert
 (<= l0_0_0 x0_0_0))
(assert
 (<= x0_0_0 u0_0_0))
(assert
 (<= l0_1_0 x0_1_0))
(assert
 (<= x0_1_0 u0_1_0))
(assert
 (<= l1_0_0 x1_0_0))
(assert
 (<= x1_0_0 u1_0_0))
(assert
 (<= l1_0_1 x1_0_1))
(assert
 (<= x1_0_1 u1_0_1))
(assert
 (<= l1_0_2 x1_0_2))
(assert
 (<= x1_0_2 u1_0_2))
(assert
 (let (($x64 (or (= (+ l0_0_0 l1_0_2) -inf!) (<= (+ l0_0_0 l1_0_2) (+ x0_0_0 x1_0_2)))))
(not $x64)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun l0_0_0 () Real)
(declare-fun u0_0_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun l0_1_0 () Real)
(declare-fun u0_1_0 () Real)
(declare-fun x1_0_0 () Real)
(declare-fun l1_0_0 () Real)
(declare-fun u1_0_0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun l1_0_1 () Real)
(declare-fun u1_0_1 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun l1_0_2 () Real)
(declare-fun u1_0_2 () Real)
(declare-fun +inf! () Real)
(assert
 (<= l0_0_0 x0_0_0))
(assert
 (<= x0_0_0 u0_0_0))
(assert
 (<= l0_1_0 x0_1_0))
(assert
 (<= x0_1_0 u0_1_0))
(assert
 (<= l1_0_0 x1_0_0))
(assert
 (<= x1_0_0 u1_0_0))
(assert
 (<= l1_0_1 x1_0_1))
(assert
 (<= x1_0_1 u1_0_1))
(assert
 (<= l1_0_2 x1_0_2))
(assert
 (<= x1_0_2 u1_0_2))
(assert
 (let (($x67 (or (= (+ u0_0_0 u1_0_2) +inf!) (<= (+ x0_0_0 x1_0_2) (+ u0_0_0 u1_0_2)))))
(not $x67)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun l0_0_0 () Real)
(declare-fun u0_0_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun l0_1_0 () Real)
(declare-fun u0_1_0 () Real)
(declare-fun x1_0_0 () Real)
(declare-fun l1_0_0 () Real)
(declare-fun u1_0_0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun l1_0_1 () Real)
(declare-fun u1_0_1 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun l1_0_2 () Real)
(declare-fun u1_0_2 () Real)
(declare-fun -inf! () Real)
(assert
 (<= l0_0_0 x0_0_0))
(assert
 (<= x0_0_0 u0_0_0))
(assert
 (<= l0_1_0 x0_1_0))
(assert
 (<= x0_1_0 u0_1_0))
(assert
 (<= l1_0_0 x1_0_0))
(assert
 (<= x1_0_0 u1_0_0))
(assert
 (<= l1_0_1 x1_0_1))
(assert
 (<= x1_0_1 u1_0_1))
(assert
 (<= l1_0_2 x1_0_2))
(assert
 (<= x1_0_2 u1_0_2))
(assert
 (let (($x70 (or (= (+ l0_1_0 l1_0_0) -inf!) (<= (+ l0_1_0 l1_0_0) (+ x0_1_0 x1_0_0)))))
(not $x70)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun l0_0_0 () Real)
(declare-fun u0_0_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun l0_1_0 () Real)
(declare-fun u0_1_0 () Real)
(declare-fun x1_0_0 () Real)
(declare-fun l1_0_0 () Real)
(declare-fun u1_0_0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun l1_0_1 () Real)
(declare-fun u1_0_1 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun l1_0_2 () Real)
(declare-fun u1_0_2 () Real)
(declare-fun +inf! () Real)
(assert
 (<= l0_0_0 x0_0_0))
(assert
 (<= x0_0_0 u0_0_0))
(assert
 (<= l0_1_0 x0_1_0))
(assert
 (<= x0_1_0 u0_1_0))
(assert
 (<= l1_0_0 x1_0_0))
(assert
 (<= x1_0_0 u1_0_0))
(assert
 (<= l1_0_1 x1_0_1))
(assert
 (<= x1_0_1 u1_0_1))
(assert
 (<= l1_0_2 x1_0_2))
(assert
 (<= x1_0_2 u1_0_2))
(assert
 (let (($x73 (or (= (+ u0_1_0 u1_0_0) +inf!) (<= (+ x0_1_0 x1_0_0) (+ u0_1_0 u1_0_0)))))
(not $x73)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun l0_0_0 () Real)
(declare-fun u0_0_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun l0_1_0 () Real)
(declare-fun u0_1_0 () Real)
(declare-fun x1_0_0 () Real)
(declare-fun l1_0_0 () Real)
(declare-fun u1_0_0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun l1_0_1 () Real)
(declare-fun u1_0_1 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun l1_0_2 () Real)
(declare-fun u1_0_2 () Real)
(declare-fun -inf! () Real)
(assert
 (<= l0_0_0 x0_0_0))
(assert
 (<= x0_0_0 u0_0_0))
(assert
 (<= l0_1_0 x0_1_0))
(assert
 (<= x0_1_0 u0_1_0))
(assert
 (<= l1_0_0 x1_0_0))
(assert
 (<= x1_0_0 u1_0_0))
(assert
 (<= l1_0_1 x1_0_1))
(assert
 (<= x1_0_1 u1_0_1))
(assert
 (<= l1_0_2 x1_0_2))
(assert
 (<= x1_0_2 u1_0_2))
(assert
 (let (($x76 (or (= (+ l0_1_0 l1_0_1) -inf!) (<= (+ l0_1_0 l1_0_1) (+ x0_1_0 x1_0_1)))))
(not $x76)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun l0_0_0 () Real)
(declare-fun u0_0_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun l0_1_0 () Real)
(declare-fun u0_1_0 () Real)
(declare-fun x1_0_0 () Real)
(declare-fun l1_0_0 () Real)
(declare-fun u1_0_0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun l1_0_1 () Real)
(declare-fun u1_0_1 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun l1_0_2 () Real)
(declare-fun u1_0_2 () Real)
(declare-fun +inf! () Real)
(assert
 (<= l0_0_0 x0_0_0))
(assert
 (<= x0_0_0 u0_0_0))
(assert
 (<= l0_1_0 x0_1_0))
(assert
 (<= x0_1_0 u0_1_0))
(assert
 (<= l1_0_0 x1_0_0))
(assert
 (<= x1_0_0 u1_0_0))
(assert
 (<= l1_0_1 x1_0_1))
(assert
 (<= x1_0_1 u1_0_1))
(assert
 (<= l1_0_2 x1_0_2))
(assert
 (<= x1_0_2 u1_0_2))
(assert
 (let (($x79 (or (= (+ u0_1_0 u1_0_1) +inf!) (<= (+ x0_1_0 x1_0_1) (+ u0_1_0 u1_0_1)))))
(not $x79)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun l0_0_0 () Real)
(declare-fun u0_0_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun l0_1_0 () Real)
(declare-fun u0_1_0 () Real)
(declare-fun x1_0_0 () Real)
(declare-fun l1_0_0 () Real)
(declare-fun u1_0_0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun l1_0_1 () Real)
(declare-fun u1_0_1 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun l1_0_2 () Real)
(declare-fun u1_0_2 () Real)
(declare-fun -inf! () Real)
(assert
 (<= l0_0_0 x0_0_0))
(assert
 (<= x0_0_0 u0_0_0))
(assert
 (<= l0_1_0 x0_1_0))
(assert
 (<= x0_1_0 u0_1_0))
(assert
 (<= l1_0_0 x1_0_0))
(assert
 (<= x1_0_0 u1_0_0))
(assert
 (<= l1_0_1 x1_0_1))
(assert
 (<= x1_0_1 u1_0_1))
(assert
 (<= l1_0_2 x1_0_2))
(assert
 (<= x1_0_2 u1_0_2))
(assert
 (let (($x82 (or (= (+ l0_1_0 l1_0_2) -inf!) (<= (+ l0_1_0 l1_0_2) (+ x0_1_0 x1_0_2)))))
(not $x82)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun l0_0_0 () Real)
(declare-fun u0_0_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun l0_1_0 () Real)
(declare-fun u0_1_0 () Real)
(declare-fun x1_0_0 () Real)
(declare-fun l1_0_0 () Real)
(declare-fun u1_0_0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun l1_0_1 () Real)
(declare-fun u1_0_1 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun l1_0_2 () Real)
(declare-fun u1_0_2 () Real)
(declare-fun +inf! () Real)
(assert
 (<= l0_0_0 x0_0_0))
(assert
 (<= x0_0_0 u0_0_0))
(assert
 (<= l0_1_0 x0_1_0))
(assert
 (<= x0_1_0 u0_1_0))
(assert
 (<= l1_0_0 x1_0_0))
(assert
 (<= x1_0_0 u1_0_0))
(assert
 (<= l1_0_1 x1_0_1))
(assert
 (<= x1_0_1 u1_0_1))
(assert
 (<= l1_0_2 x1_0_2))
(assert
 (<= x1_0_2 u1_0_2))
(assert
 (let (($x85 (or (= (+ u0_1_0 u1_0_2) +inf!) (<= (+ x0_1_0 x1_0_2) (+ u0_1_0 u1_0_2)))))
(not $x85)))
(check-sat)
