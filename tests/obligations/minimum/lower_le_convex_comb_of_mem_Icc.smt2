; torchsmt obligation minimum.lower_le_convex_comb_of_mem_Icc (lemma, op minimum, crown)
; lambda in [0, 1] -> minimum(x, y) le lambda x + (1 - lambda) y
(set-info :source |torchsmt lemma minimum.lower_le_convex_comb_of_mem_Icc kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun a () Real)
(declare-fun y () Real)
(declare-fun x () Real)
(assert
 (>= a 0.0))
(assert
 (<= a 1.0))
(assert
 (let (($x21 (>= (* (- 1.0) (ite (< x y) x y)) (* (- 1.0) (+ (* a x) (* (- 1.0 a) y))))))
(not $x21)))
(check-sat)
