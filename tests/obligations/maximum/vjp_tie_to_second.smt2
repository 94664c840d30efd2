; torchsmt obligation maximum.vjp_tie_to_second (known_false, op maximum, pitfall)
; ties do not go to the second argument
(set-info :source |torchsmt lemma maximum.vjp_tie_to_second kind known_false|)
(set-info :status sat)
(set-logic QF_NRA)
(declare-fun x1_0 () Real)
(declare-fun x0_0 () Real)
(declare-fun w_0 () Real)
(assert
 (= x0_0 x1_0))
(assert
 (let (($x18 (and (= 0.0 (* w_0 (ite (>= x0_0 x1_0) 1.0 0.0))) (= (- w_0 (* w_0 (ite (>= x0_0 x1_0) 1.0 0.0))) w_0))))
(not $x18)))
(check-sat)
