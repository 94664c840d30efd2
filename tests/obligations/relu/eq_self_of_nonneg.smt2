; torchsmt obligation relu.eq_self_of_nonneg (lemma, op relu, crown)
; x >= 0 -> relu x = x
(set-info :source |torchsmt lemma relu.eq_self_of_nonneg kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x () Real)
(assert
 (>= x 0.0))
(assert
 (let (($x10 (= (ite (< 0.0 x) x 0.0) x)))
(not $x10)))
(check-sat)
