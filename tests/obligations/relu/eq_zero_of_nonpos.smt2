; torchsmt obligation relu.eq_zero_of_nonpos (lemma, op relu, crown)
; x <= 0 -> relu x = 0
(set-info :source |torchsmt lemma relu.eq_zero_of_nonpos kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x () Real)
(assert
 (<= x 0.0))
(assert
 (let (($x10 (= (ite (< 0.0 x) x 0.0) 0.0)))
(not $x10)))
(check-sat)
