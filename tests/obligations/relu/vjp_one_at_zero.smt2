; torchsmt obligation relu.vjp_one_at_zero (known_false, op relu, pitfall)
; claims relu'(0) = 1; the impl's convention is relu'(0) = 0
(set-info :source |torchsmt lemma relu.vjp_one_at_zero kind known_false|)
(set-info :status sat)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun w_0 () Real)
(assert
 (= x0_0 0.0))
(assert
 (let (($x14 (and (= (* w_0 (ite (< 0.0 x0_0) 1.0 0.0)) w_0))))
(not $x14)))
(check-sat)
