; torchsmt obligation minimum.le_left (lemma, op minimum, crown)
; minimum(x, y) le x
(set-info :source |torchsmt lemma minimum.le_left kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x () Real)
(declare-fun y () Real)
(assert
 (let (($x12 (>= (* (- 1.0) (ite (< x y) x y)) (* (- 1.0) x))))
(not $x12)))
(check-sat)
