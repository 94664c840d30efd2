; torchsmt obligation add.not_nan_f32 (known_false, op add, float32)
; without finiteness hypotheses: inf + -inf (or a NaN operand) is NaN
(set-info :source |torchsmt lemma add.not_nan_f32 kind known_false|)
(set-info :status sat)
(set-logic ALL)
(declare-fun y () (_ FloatingPoint 8 24))
(declare-fun x () (_ FloatingPoint 8 24))
(assert
 (let (($x9 (fp.isNaN (fp.add roundNearestTiesToEven x y))))
(let (($x10 (not $x9)))
(not $x10))))
(check-sat)
