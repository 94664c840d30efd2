; torchsmt obligation relu.le_upper_of_le (lemma, op relu, crown)
; x <= u -> relu x <= relu u (monotone)
(set-info :source |torchsmt lemma relu.le_upper_of_le kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun u () Real)
(declare-fun x () Real)
(assert
 (<= x u))
(assert
 (let (($x13 (<= (ite (< 0.0 x) x 0.0) (ite (< 0.0 u) u 0.0))))
(not $x13)))
(check-sat)
