; torchsmt obligation relu.nonneg_f32_of_not_nan (lemma, op relu, float32)
; the relu encoding in binary32 is >= 0 for non-NaN inputs
(set-info :source |torchsmt lemma relu.nonneg_f32_of_not_nan kind lemma|)
(set-info :status unsat)
(set-logic ALL)
(declare-fun x () (_ FloatingPoint 8 24))
(assert
 (let (($x8 (fp.isNaN x)))
 (not $x8)))
(assert
 (let (($x8 (fp.isNaN x)))
(let ((?x13 (ite $x8 x (ite (fp.isNaN (_ +zero 8 24)) (_ +zero 8 24) (ite (fp.gt x (_ +zero 8 24)) x (_ +zero 8 24))))))
(let (($x15 (fp.geq ?x13 (_ +zero 8 24))))
(not $x15)))))
(check-sat)
