; torchsmt obligation sub.self_eq_zero_f32_of_finite (lemma, op sub, float32)
; finite x -> x - x = +0 (round to nearest)
(set-info :source |torchsmt lemma sub.self_eq_zero_f32_of_finite kind lemma|)
(set-info :status unsat)
(set-logic ALL)
(declare-fun x () (_ FloatingPoint 8 24))
(assert
 (let (($x10 (not (fp.isInfinite x))))
 (let (($x8 (not (fp.isNaN x))))
 (and $x8 $x10))))
(assert
 (let (($x14 (= (_ +zero 8 24) (fp.sub roundNearestTiesToEven x x))))
(not $x14)))
(check-sat)
