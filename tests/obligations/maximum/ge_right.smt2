; torchsmt obligation maximum.ge_right (lemma, op maximum, crown)
; maximum(x, y) ge y
(set-info :source |torchsmt lemma maximum.ge_right kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun y () Real)
(declare-fun x () Real)
(assert
 (let (($x12 (>= (* 1.0 (ite (> x y) x y)) (* 1.0 y))))
(not $x12)))
(check-sat)
