; torchsmt obligation mul.comm_f32 (lemma, op mul, float32)
; x * y = y * x in binary32
(set-info :source |torchsmt lemma mul.comm_f32 kind lemma|)
(set-info :status unsat)
(set-logic ALL)
(declare-fun x () (_ FloatingPoint 8 24))
(declare-fun y () (_ FloatingPoint 8 24))
(assert
 (let (($x10 (= (fp.mul roundNearestTiesToEven x y) (fp.mul roundNearestTiesToEven y x))))
(not $x10)))
(check-sat)
