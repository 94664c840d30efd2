; torchsmt obligation minimum.interval_sound@2x1_1x3 (lemma, op minimum, interval_sound)
; l <= x <= u -> lo <= f(x) <= hi at shapes ((2, 1), (1, 3)) (on the op's domain)
(set-info :source |torchsmt lemma minimum.interval_sound@2x1_1x3 kind lemma|)
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
 (let ((?x31 (ite (< x0_0_0 x1_0_0) x0_0_0 x1_0_0)))
(let ((?x43 (ite (< l0_0_0 l1_0_0) l0_0_0 l1_0_0)))
(let (($x70 (or (= ?x43 -inf!) (<= ?x43 ?x31))))
(not $x70)))))
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
 (let ((?x55 (ite (< u0_0_0 u1_0_0) u0_0_0 u1_0_0)))
(let ((?x31 (ite (< x0_0_0 x1_0_0) x0_0_0 x1_0_0)))
(let (($x73 (or (= ?x55 +inf!) (<= ?x31 ?x55))))
(not $x73)))))
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
 (let ((?x33 (ite (< x0_0_0 x1_0_1) x0_0_0 x1_0_1)))
(let ((?x45 (ite (< l0_0_0 l1_0_1) l0_0_0 l1_0_1)))
(let (($x76 (or (= ?x45 -inf!) (<= ?x45 ?x33))))
(not $x76)))))
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
 (let ((?x57 (ite (< u0_0_0 u1_0_1) u0_0_0 u1_0_1)))
(let ((?x33 (ite (< x0_0_0 x1_0_1) x0_0_0 x1_0_1)))
(let (($x79 (or (= ?x57 +inf!) (<= ?x33 ?x57))))
(not $x79)))))
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
 (let ((?x35 (ite (< x0_0_0 x1_0_2) x0_0_0 x1_0_2)))
(let ((?x47 (ite (< l0_0_0 l1_0_2) l0_0_0 l1_0_2)))
(let (($x82 (or (= ?x47 -inf!) (<= ?x47 ?x35))))
(not $x82)))))
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
 (let ((?x59 (ite (< u0_0_0 u1_0_2) u0_0_0 u1_0_2)))
(let ((?x35 (ite (< x0_0_0 x1_0_2) x0_0_0 x1_0_2)))
(let (($x85 (or (= ?x59 +inf!) (<= ?x35 ?x59))))
(not $x85)))))
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
 (let ((?x37 (ite (< x0_1_0 x1_0_0) x0_1_0 x1_0_0)))
(let ((?x49 (ite (< l0_1_0 l1_0_0) l0_1_0 l1_0_0)))
(let (($x88 (or (= ?x49 -inf!) (<= ?x49 ?x37))))
(not $x88)))))
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
 (let ((?x61 (ite (< u0_1_0 u1_0_0) u0_1_0 u1_0_0)))
(let ((?x37 (ite (< x0_1_0 x1_0_0) x0_1_0 x1_0_0)))
(let (($x91 (or (= ?x61 +inf!) (<= ?x37 ?x61))))
(not $x91)))))
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
 (let ((?x39 (ite (< x0_1_0 x1_0_1) x0_1_0 x1_0_1)))
(let ((?x51 (ite (< l0_1_0 l1_0_1) l0_1_0 l1_0_1)))
(let (($x94 (or (= ?x51 -inf!) (<= ?x51 ?x39))))
(not $x94)))))
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
 (let ((?x63 (ite (< u0_1_0 u1_0_1) u0_1_0 u1_0_1)))
(let ((?x39 (ite (< x0_1_0 x1_0_1) x0_1_0 x1_0_1)))
(let (($x97 (or (= ?x63 +inf!) (<= ?x39 ?x63))))
(not $x97)))))
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
 (let ((?x41 (ite (< x0_1_0 x1_0_2) x0_1_0 x1_0_2)))
(let ((?x53 (ite (< l0_1_0 l1_0_2) l0_1_0 l1_0_2)))
(let (($x100 (or (= ?x53 -inf!) (<= ?x53 ?x41))))
(not $x100)))))
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
 (let ((?x65 (ite (< u0_1_0 u1_0_2) u0_1_0 u1_0_2)))
(let ((?x41 (ite (< x0_1_0 x1_0_2) x0_1_0 x1_0_2)))
(let (($x103 (or (= ?x65 +inf!) (<= ?x41 ?x65))))
(not $x103)))))
(check-sat)
