; torchsmt obligation minimum.crown_upper_ge_of_unstable (lemma, op minimum, crown)
; minimum(x, y) = y + relu(x - y) (mirrored for min): the relu chord on d = x - y in [l, u], l < 0 < u
(set-info :source |torchsmt lemma minimum.crown_upper_ge_of_unstable kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun l () Real)
(declare-fun u () Real)
(declare-fun y () Real)
(declare-fun x () Real)
(assert
 (< l 0.0))
(assert
 (> u 0.0))
(assert
 (let ((?x14 (* (- 1.0) (- x y))))
 (<= l ?x14)))
(assert
 (let ((?x14 (* (- 1.0) (- x y))))
 (<= ?x14 u)))
(assert
 (let (($x25 (<= (* (* (- 1.0) (- (ite (< x y) x y) y)) (- u l)) (* u (- (* (- 1.0) (- x y)) l)))))
(not $x25)))
(check-sat)
