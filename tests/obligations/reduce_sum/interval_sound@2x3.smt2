; torchsmt obligation reduce_sum.interval_sound@2x3 (lemma, op reduce_sum, interval_sound)
; l <= x <= u -> lo <= f(x) <= hi at shapes ((2, 3),) (on the op's domain)
(set-info :source |torchsmt lemma reduce_sum.interval_sound@2x3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun l0_0_0 () Real)
(declare-fun u0_0_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun l0_0_1 () Real)
(declare-fun u0_0_1 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun l0_0_2 () Real)
(declare-fun u0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun l0_1_0 () Real)
(declare-fun u0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun l0_1_1 () Real)
(declare-fun u0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun l0_1_2 () Real)
(declare-fun u0_1_2 () Real)
(declare-fun -inf! () Real)
(assert
 (<= l0_0_0 x0_0_0))
(assert
 (<= x0_0_0 u0_0_0))
(assert
 (<= l0_0_1 x0_0_1))
(assert
 (<= x0_0_1 u0_0_1))
(assert
 (<= l0_0_2 x0_0_2))
(assert
 (<= x0_0_2 u0_0_2))
(assert
 (<= l0_1_0 x0_1_0))
(assert
 (<= x0_1_0 u0_1_0))
(assert
 (<= l0_1_1 x0_1_1))
(assert
 (<= x0_1_1 u0_1_1))
(assert
 (<= l0_1_2 x0_1_2))
(assert
 (<= x0_1_2 u0_1_2))
(assert
 (let ((?x35 (+ x0_0_0 x0_0_1 x0_0_2)))
(let ((?x63 (+ (ite (and (distinct l0_0_0 l0_0_0) true) -inf! l0_0_0) (ite (and (distinct l0_0_1 l0_0_1) true) -inf! l0_0_1) (ite (and (distinct l0_0_2 l0_0_2) true) -inf! l0_0_2))))
(let (($x69 (or (= ?x63 -inf!) (<= ?x63 ?x35))))
(not $x69)))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun l0_0_0 () Real)
(declare-fun u0_0_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun l0_0_1 () Real)
(declare-fun u0_0_1 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun l0_0_2 () Real)
(declare-fun u0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun l0_1_0 () Real)
(declare-fun u0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun l0_1_1 () Real)
(declare-fun u0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun l0_1_2 () Real)
(declare-fun u0_1_2 () Real)
(declare-fun +inf! () Real)
(assert
 (<= l0_0_0 x0_0_0))
(assert
 (<= x0_0_0 u0_0_0))
(assert
 (<= l0_0_1 x0_0_1))
(assert
 (<= x0_0_1 u0_0_1))
(assert
 (<= l0_0_2 x0_0_2))
(assert
 (<= x0_0_2 u0_0_2))
(assert
 (<= l0_1_0 x0_1_0))
(assert
 (<= x0_1_0 u0_1_0))
(assert
 (<= l0_1_1 x0_1_1))
(assert
 (<= x0_1_1 u0_1_1))
(assert
 (<= l0_1_2 x0_1_2))
(assert
 (<= x0_1_2 u0_1_2))
(assert
 (let ((?x65 (+ (ite (and (distinct u0_0_0 u0_0_0) true) +inf! u0_0_0) (ite (and (distinct u0_0_1 u0_0_1) true) +inf! u0_0_1) (ite (and (distinct u0_0_2 u0_0_2) true) +inf! u0_0_2))))
(let ((?x35 (+ x0_0_0 x0_0_1 x0_0_2)))
(let (($x72 (or (= ?x65 +inf!) (<= ?x35 ?x65))))
(not $x72)))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun l0_0_0 () Real)
(declare-fun u0_0_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun l0_0_1 () Real)
(declare-fun u0_0_1 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun l0_0_2 () Real)
(declare-fun u0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun l0_1_0 () Real)
(declare-fun u0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun l0_1_1 () Real)
(declare-fun u0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun l0_1_2 () Real)
(declare-fun u0_1_2 () Real)
(declare-fun -inf! () Real)
(assert
 (<= l0_0_0 x0_0_0))
(assert
 (<= x0_0_0 u0_0_0))
(assert
 (<= l0_0_1 x0_0_1))
(assert
 (<= x0_0_1 u0_0_1))
(assert
 (<= l0_0_2 x0_0_2))
(assert
 (<= x0_0_2 u0_0_2))
(assert
 (<= l0_1_0 x0_1_0))
(assert
 (<= x0_1_0 u0_1_0))
(assert
 (<= l0_1_1 x0_1_1))
(assert
 (<= x0_1_1 u0_1_1))
(assert
 (<= l0_1_2 x0_1_2))
(assert
 (<= x0_1_2 u0_1_2))
(assert
 (let ((?x36 (+ x0_1_0 x0_1_1 x0_1_2)))
(let ((?x64 (+ (ite (and (distinct l0_1_0 l0_1_0) true) -inf! l0_1_0) (ite (and (distinct l0_1_1 l0_1_1) true) -inf! l0_1_1) (ite (and (distinct l0_1_2 l0_1_2) true) -inf! l0_1_2))))
(let (($x75 (or (= ?x64 -inf!) (<= ?x64 ?x36))))
(not $x75)))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun l0_0_0 () Real)
(declare-fun u0_0_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun l0_0_1 () Real)
(declare-fun u0_0_1 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun l0_0_2 () Real)
(declare-fun u0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun l0_1_0 () Real)
(declare-fun u0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun l0_1_1 () Real)
(declare-fun u0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun l0_1_2 () Real)
(declare-fun u0_1_2 () Real)
(declare-fun +inf! () Real)
(assert
 (<= l0_0_0 x0_0_0))
(assert
 (<= x0_0_0 u0_0_0))
(assert
 (<= l0_0_1 x0_0_1))
(assert
 (<= x0_0_1 u0_0_1))
(assert
 (<= l0_0_2 x0_0_2))
(assert
 (<= x0_0_2 u0_0_2))
(assert
 (<= l0_1_0 x0_1_0))
(assert
 (<= x0_1_0 u0_1_0))
(assert
 (<= l0_1_1 x0_1_1))
(assert
 (<= x0_1_1 u0_1_1))
(assert
 (<= l0_1_2 x0_1_2))
(assert
 (<= x0_1_2 u0_1_2))
(assert
 (let ((?x66 (+ (ite (and (distinct u0_1_0 u0_1_0) true) +inf! u0_1_0) (ite (and (distinct u0_1_1 u0_1_1) true) +inf! u0_1_1) (ite (and (distinct u0_1_2 u0_1_2) true) +inf! u0_1_2))))
(let ((?x36 (+ x0_1_0 x0_1_1 x0_1_2)))
(let (($x78 (or (= ?x66 +inf!) (<= ?x36 ?x66))))
(not $x78)))))
(check-sat)
