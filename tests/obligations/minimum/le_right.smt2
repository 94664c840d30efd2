; torchsmt obligation minimum.le_right (lemma, op minimum, crown)
; minimum(x, y) le y
(set-info :source |torchsmt lemma minimum.le_right kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun y () Real)
(declare-fun x () Real)
(assert
 (let ((?x11 (* (- 1.0) y)))
(let (($x12 (>= (* (- 1.0) (ite (< x y) x y)) ?x11)))
(not $x12))))
(check-sat)
