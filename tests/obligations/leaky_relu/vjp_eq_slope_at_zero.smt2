; torchsmt obligation leaky_relu.vjp_eq_slope_at_zero (lemma, op leaky_relu, kink)
; kink convention of leaky_relu's vjp rule
(set-info :source |torchsmt lemma leaky_relu.vjp_eq_slope_at_zero kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun x0_1 () Real)
(declare-fun x0_2 () Real)
(declare-fun w_2 () Real)
(declare-fun w_1 () Real)
(declare-fun w_0 () Real)
(assert
 (= x0_0 0.0))
(assert
 (= x0_1 0.0))
(assert
 (= x0_2 0.0))
(assert
 (let ((?x38 (* w_2 (/ 1.0 100.0))))
(let (($x41 (= (* w_2 (+ (/ 1.0 100.0) (* (/ 99.0 100.0) (ite (< 0.0 x0_2) 1.0 0.0)))) ?x38)))
(let ((?x37 (* w_1 (/ 1.0 100.0))))
(let (($x40 (= (* w_1 (+ (/ 1.0 100.0) (* (/ 99.0 100.0) (ite (< 0.0 x0_1) 1.0 0.0)))) ?x37)))
(let ((?x36 (* w_0 (/ 1.0 100.0))))
(let (($x39 (= (* w_0 (+ (/ 1.0 100.0) (* (/ 99.0 100.0) (ite (< 0.0 x0_0) 1.0 0.0)))) ?x36)))
(let (($x42 (and $x39 $x40 $x41)))
(not $x42)))))))))
(check-sat)
