; torchsmt obligation sub.exact_f32_of_sterbenz (lemma, op sub, float32)
; Sterbenz: y/2 <= x <= 2y (finite) -> x - y is exact (round-up = round-down)
(set-info :source |torchsmt lemma sub.exact_f32_of_sterbenz kind lemma|)
(set-info :status unsat)
(set-logic ALL)
(declare-fun x () (_ FloatingPoint 8 24))
(declare-fun y () (_ FloatingPoint 8 24))
(assert
 (let (($x11 (not (fp.isInfinite x))))
 (let (($x9 (not (fp.isNaN x))))
 (and $x9 $x11))))
(assert
 (let (($x16 (not (fp.isInfinite y))))
 (let (($x14 (not (fp.isNaN y))))
 (and $x14 $x16))))
(assert
 (fp.leq (fp.mul roundNearestTiesToEven y (fp #b0 #x7e #b00000000000000000000000)) x))
(assert
 (fp.leq x (fp.mul roundNearestTiesToEven y (fp #b0 #x80 #b00000000000000000000000))))
(assert
 (let (($x28 (fp.eq (fp.sub roundTowardPositive x y) (fp.sub roundTowardNegative x y))))
(not $x28)))
(check-sat)
