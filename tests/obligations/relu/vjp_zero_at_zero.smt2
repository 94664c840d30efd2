; torchsmt obligation relu.vjp_zero_at_zero (lemma, op relu, kink)
; kink convention of relu's vjp rule
(set-info :source |torchsmt lemma relu.vjp_zero_at_zero kind lemma|)
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
 (let (($x28 (and (= 0.0 (* w_0 (ite (< 0.0 x0_0) 1.0 0.0))) (= 0.0 (* w_1 (ite (< 0.0 x0_1) 1.0 0.0))) (= 0.0 (* w_2 (ite (< 0.0 x0_2) 1.0 0.0))))))
(not $x28)))
(check-sat)
