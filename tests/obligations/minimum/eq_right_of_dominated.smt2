; torchsmt obligation minimum.eq_right_of_dominated (lemma, op minimum, crown)
; box separated (x <= ux <= ly <= y, mirrored for min) -> minimum(x, y) = y
(set-info :source |torchsmt lemma minimum.eq_right_of_dominated kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x () Real)
(declare-fun ux () Real)
(declare-fun ly () Real)
(declare-fun y () Real)
(assert
 (<= ux x))
(assert
 (<= y ly))
(assert
 (<= ly ux))
(assert
 (let (($x14 (= (ite (< x y) x y) y)))
(not $x14)))
(check-sat)
