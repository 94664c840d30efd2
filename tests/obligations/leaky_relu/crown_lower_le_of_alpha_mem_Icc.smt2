; torchsmt obligation leaky_relu.crown_lower_le_of_alpha_mem_Icc (lemma, op leaky_relu, crown)
; alpha in [c, 1] (c = 0.01) -> alpha x <= leaky_relu x
(set-info :source |torchsmt lemma leaky_relu.crown_lower_le_of_alpha_mem_Icc kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun a () Real)
(declare-fun x () Real)
(assert
 (<= (/ 1.0 100.0) a))
(assert
 (<= a 1.0))
(assert
 (let ((?x11 (* a x)))
(let (($x16 (<= ?x11 (ite (< 0.0 x) x (* x (/ 1.0 100.0))))))
(not $x16))))
(check-sat)
