; torchsmt obligation abs.lower_le_of_alpha_mem_Icc (lemma, op abs, crown)
; alpha in [-1, 1] -> alpha x <= |x|
(set-info :source |torchsmt lemma abs.lower_le_of_alpha_mem_Icc kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun a () Real)
(declare-fun x () Real)
(assert
 (>= a (- 1.0)))
(assert
 (<= a 1.0))
(assert
 (let ((?x11 (* a x)))
(let (($x16 (<= ?x11 (ite (> 0.0 x) (- x) x))))
(not $x16))))
(check-sat)
