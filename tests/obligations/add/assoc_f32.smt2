; torchsmt obligation add.assoc_f32 (known_false, op add, float32)
; float32 addition is not associative
(set-info :source |torchsmt lemma add.assoc_f32 kind known_false|)
(set-info :status sat)
(set-logic ALL)
(declare-fun x () (_ FloatingPoint 8 24))
(declare-fun y () (_ FloatingPoint 8 24))
(declare-fun z () (_ FloatingPoint 8 24))
(assert
 (let (($x12 (not (fp.isInfinite x))))
 (let (($x10 (not (fp.isNaN x))))
 (and $x10 $x12))))
(assert
 (let (($x17 (not (fp.isInfinite y))))
 (let (($x15 (not (fp.isNaN y))))
 (and $x15 $x17))))
(assert
 (let (($x22 (not (fp.isInfinite z))))
 (let (($x20 (not (fp.isNaN z))))
 (and $x20 $x22))))
(assert
 (let ((?x27 (fp.add roundNearestTiesToEven x (fp.add roundNearestTiesToEven y z))))
(let ((?x24 (fp.add roundNearestTiesToEven x y)))
(let (($x28 (= (fp.add roundNearestTiesToEven ?x24 z) ?x27)))
(not $x28)))))
(check-sat)
