; torchsmt obligation relu.crown_lower_le_of_alpha_mem_Icc (lemma, op relu, crown)
; alpha in [0, 1] -> alpha x <= relu x
(set-info :source |torchsmt lemma relu.crown_lower_le_of_alpha_mem_Icc kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun a () Real)
(declare-fun x () Real)
(assert
 (>= a 0.0))
(assert
 (<= a 1.0))
(assert
 (let ((?x11 (* a x)))
(let (($x14 (<= ?x11 (ite (< 0.0 x) x 0.0))))
(not $x14))))
(check-sat)
