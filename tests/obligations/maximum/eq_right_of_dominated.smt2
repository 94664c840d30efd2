; torchsmt obligation maximum.eq_right_of_dominated (lemma, op maximum, crown)
; box separated (x <= ux <= ly <= y, mirrored for min) -> maximum(x, y) = y
(set-info :source |torchsmt lemma maximum.eq_right_of_dominated kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun ux () Real)
(declare-fun x () Real)
(declare-fun y () Real)
(declare-fun ly () Real)
(assert
 (<= x ux))
(assert
 (<= ly y))
(assert
 (<= ux ly))
(assert
 (let (($x14 (= (ite (> x y) x y) y)))
(not $x14)))
(check-sat)
