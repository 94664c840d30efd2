; torchsmt obligation maximum.ge_left (lemma, op maximum, crown)
; maximum(x, y) ge x
(set-info :source |torchsmt lemma maximum.ge_left kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x () Real)
(declare-fun y () Real)
(assert
 (let (($x12 (>= (* 1.0 (ite (> x y) x y)) (* 1.0 x))))
(not $x12)))
(check-sat)
