; torchsmt obligation rsqrt.vjp_eq_jvp_transpose@3 (lemma, op rsqrt, vjp_eq_jvp_transpose)
; <w, J v> = <J^T w, v> at shapes ((3,),) params {'eps': 0.0}, off kinks
(set-info :source |torchsmt lemma rsqrt.vjp_eq_jvp_transpose@3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun ts_sqrt!0 () Real)
(declare-fun div!1 () Real)
(declare-fun x0_1 () Real)
(declare-fun ts_sqrt!1 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_2 () Real)
(declare-fun ts_sqrt!2 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun div!9 () Real)
(declare-fun w_0 () Real)
(declare-fun w_2 () Real)
(declare-fun w_1 () Real)
(assert
 (let (($x154 (>= ts_sqrt!0 0.0)))
 (let ((?x12 (+ x0_0 0.0)))
 (let (($x18 (>= ?x12 0.0)))
 (=> $x18 (and $x154 (= (* ts_sqrt!0 ts_sqrt!0) ?x12)))))))
(assert
 (let ((?x157 (* 2.0 ts_sqrt!0)))
 (let (($x160 (and (distinct ?x157 0.0) true)))
 (=> $x160 (= (* div!1 ?x157) (+ 1.0 0.0))))))
(assert
 (let (($x164 (>= ts_sqrt!1 0.0)))
 (let ((?x14 (+ x0_1 0.0)))
 (let (($x33 (>= ?x14 0.0)))
 (=> $x33 (and $x164 (= (* ts_sqrt!1 ts_sqrt!1) ?x14)))))))
(assert
 (let ((?x167 (* 2.0 ts_sqrt!1)))
 (let (($x170 (and (distinct ?x167 0.0) true)))
 (=> $x170 (= (* div!2 ?x167) (+ 0.0 0.0))))))
(assert
 (let (($x174 (>= ts_sqrt!2 0.0)))
 (let ((?x16 (+ x0_2 0.0)))
 (let (($x47 (>= ?x16 0.0)))
 (=> $x47 (and $x174 (= (* ts_sqrt!2 ts_sqrt!2) ?x16)))))))
(assert
 (let ((?x177 (* 2.0 ts_sqrt!2)))
 (let (($x180 (and (distinct ?x177 0.0) true)))
 (=> $x180 (= (* div!3 ?x177) (+ 0.0 0.0))))))
(assert
 (let (($x184 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x184 (= 1.0 (* div!4 ts_sqrt!0)))))
(assert
 (let (($x184 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x184 (= (* div!5 ts_sqrt!0) (- 0.0 (* div!4 div!1))))))
(assert
 (let (($x191 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x191 (= 1.0 (* div!6 ts_sqrt!1)))))
(assert
 (let (($x191 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x191 (= (* div!7 ts_sqrt!1) (- 0.0 (* div!6 div!2))))))
(assert
 (let (($x198 (and (distinct ts_sqrt!2 0.0) true)))
 (=> $x198 (= 1.0 (* div!8 ts_sqrt!2)))))
(assert
 (let (($x198 (and (distinct ts_sqrt!2 0.0) true)))
 (=> $x198 (= (* div!9 ts_sqrt!2) (- 0.0 (* div!8 div!3))))))
(assert
 (let ((?x12 (+ x0_0 0.0)))
 (>= ?x12 0.0)))
(assert
 (let ((?x157 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x157 0.0) true)))
(assert
 (let ((?x14 (+ x0_1 0.0)))
 (>= ?x14 0.0)))
(assert
 (let ((?x167 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x167 0.0) true)))
(assert
 (let ((?x16 (+ x0_2 0.0)))
 (>= ?x16 0.0)))
(assert
 (let ((?x177 (* 2.0 ts_sqrt!2)))
 (and (distinct ?x177 0.0) true)))
(assert
 (and (distinct ts_sqrt!0 0.0) true))
(assert
 (and (distinct ts_sqrt!0 0.0) true))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (and (distinct ts_sqrt!2 0.0) true))
(assert
 (and (distinct ts_sqrt!2 0.0) true))
(assert
 (let ((?x114 (* w_0 (* (- (/ 1.0 2.0)) (* div!4 (* div!4 div!4))))))
 (let ((?x129 (* div!9 w_2)))
 (let ((?x128 (* div!7 w_1)))
 (let ((?x127 (* div!5 w_0)))
 (let ((?x130 (+ ?x127 ?x128 ?x129)))
 (let (($x131 (= ?x130 ?x114)))
 (not $x131))))))))
(assert
 (let (($x205 (= ts_sqrt!0 ts_sqrt!1)))
 (=> (and (= (+ x0_0 0.0) (+ x0_1 0.0))) $x205)))
(assert
 (let (($x209 (= ts_sqrt!0 ts_sqrt!2)))
 (=> (and (= (+ x0_0 0.0) (+ x0_2 0.0))) $x209)))
(assert
 (let (($x213 (= ts_sqrt!1 ts_sqrt!2)))
(=> (and (= (+ x0_1 0.0) (+ x0_2 0.0))) $x213)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun ts_sqrt!0 () Real)
(declare-fun div!1 () Real)
(declare-fun x0_1 () Real)
(declare-fun ts_sqrt!1 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_2 () Real)
(declare-fun ts_sqrt!2 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun div!9 () Real)
(declare-fun w_1 () Real)
(declare-fun w_2 () Real)
(declare-fun w_0 () Real)
(assert
 (let (($x154 (>= ts_sqrt!0 0.0)))
 (let ((?x12 (+ x0_0 0.0)))
 (let (($x18 (>= ?x12 0.0)))
 (=> $x18 (and $x154 (= (* ts_sqrt!0 ts_sqrt!0) ?x12)))))))
(assert
 (let ((?x157 (* 2.0 ts_sqrt!0)))
 (let (($x160 (and (distinct ?x157 0.0) true)))
 (=> $x160 (= (* div!1 ?x157) (+ 0.0 0.0))))))
(assert
 (let (($x164 (>= ts_sqrt!1 0.0)))
 (let ((?x14 (+ x0_1 0.0)))
 (let (($x33 (>= ?x14 0.0)))
 (=> $x33 (and $x164 (= (* ts_sqrt!1 ts_sqrt!1) ?x14)))))))
(assert
 (let ((?x167 (* 2.0 ts_sqrt!1)))
 (let (($x170 (and (distinct ?x167 0.0) true)))
 (=> $x170 (= (* div!2 ?x167) (+ 1.0 0.0))))))
(assert
 (let (($x174 (>= ts_sqrt!2 0.0)))
 (let ((?x16 (+ x0_2 0.0)))
 (let (($x47 (>= ?x16 0.0)))
 (=> $x47 (and $x174 (= (* ts_sqrt!2 ts_sqrt!2) ?x16)))))))
(assert
 (let ((?x177 (* 2.0 ts_sqrt!2)))
 (let (($x180 (and (distinct ?x177 0.0) true)))
 (=> $x180 (= (* div!3 ?x177) (+ 0.0 0.0))))))
(assert
 (let (($x184 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x184 (= 1.0 (* div!4 ts_sqrt!0)))))
(assert
 (let (($x184 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x184 (= (* div!5 ts_sqrt!0) (- 0.0 (* div!4 div!1))))))
(assert
 (let (($x191 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x191 (= 1.0 (* div!6 ts_sqrt!1)))))
(assert
 (let (($x191 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x191 (= (* div!7 ts_sqrt!1) (- 0.0 (* div!6 div!2))))))
(assert
 (let (($x198 (and (distinct ts_sqrt!2 0.0) true)))
 (=> $x198 (= 1.0 (* div!8 ts_sqrt!2)))))
(assert
 (let (($x198 (and (distinct ts_sqrt!2 0.0) true)))
 (=> $x198 (= (* div!9 ts_sqrt!2) (- 0.0 (* div!8 div!3))))))
(assert
 (let ((?x12 (+ x0_0 0.0)))
 (>= ?x12 0.0)))
(assert
 (let ((?x157 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x157 0.0) true)))
(assert
 (let ((?x14 (+ x0_1 0.0)))
 (>= ?x14 0.0)))
(assert
 (let ((?x167 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x167 0.0) true)))
(assert
 (let ((?x16 (+ x0_2 0.0)))
 (>= ?x16 0.0)))
(assert
 (let ((?x177 (* 2.0 ts_sqrt!2)))
 (and (distinct ?x177 0.0) true)))
(assert
 (and (distinct ts_sqrt!0 0.0) true))
(assert
 (and (distinct ts_sqrt!0 0.0) true))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (and (distinct ts_sqrt!2 0.0) true))
(assert
 (and (distinct ts_sqrt!2 0.0) true))
(assert
 (let ((?x115 (* w_1 (* (- (/ 1.0 2.0)) (* div!6 (* div!6 div!6))))))
 (let ((?x129 (* div!9 w_2)))
 (let ((?x128 (* div!7 w_1)))
 (let ((?x127 (* div!5 w_0)))
 (let ((?x130 (+ ?x127 ?x128 ?x129)))
 (let (($x140 (= ?x130 ?x115)))
 (not $x140))))))))
(assert
 (let (($x205 (= ts_sqrt!0 ts_sqrt!1)))
 (=> (and (= (+ x0_0 0.0) (+ x0_1 0.0))) $x205)))
(assert
 (let (($x209 (= ts_sqrt!0 ts_sqrt!2)))
 (=> (and (= (+ x0_0 0.0) (+ x0_2 0.0))) $x209)))
(assert
 (let (($x213 (= ts_sqrt!1 ts_sqrt!2)))
(=> (and (= (+ x0_1 0.0) (+ x0_2 0.0))) $x213)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun ts_sqrt!0 () Real)
(declare-fun div!1 () Real)
(declare-fun x0_1 () Real)
(declare-fun ts_sqrt!1 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_2 () Real)
(declare-fun ts_sqrt!2 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun div!9 () Real)
(declare-fun w_2 () Real)
(declare-fun w_1 () Real)
(declare-fun w_0 () Real)
(assert
 (let (($x154 (>= ts_sqrt!0 0.0)))
 (let ((?x12 (+ x0_0 0.0)))
 (let (($x18 (>= ?x12 0.0)))
 (=> $x18 (and $x154 (= (* ts_sqrt!0 ts_sqrt!0) ?x12)))))))
(assert
 (let ((?x157 (* 2.0 ts_sqrt!0)))
 (let (($x160 (and (distinct ?x157 0.0) true)))
 (=> $x160 (= (* div!1 ?x157) (+ 0.0 0.0))))))
(assert
 (let (($x164 (>= ts_sqrt!1 0.0)))
 (let ((?x14 (+ x0_1 0.0)))
 (let (($x33 (>= ?x14 0.0)))
 (=> $x33 (and $x164 (= (* ts_sqrt!1 ts_sqrt!1) ?x14)))))))
(assert
 (let ((?x167 (* 2.0 ts_sqrt!1)))
 (let (($x170 (and (distinct ?x167 0.0) true)))
 (=> $x170 (= (* div!2 ?x167) (+ 0.0 0.0))))))
(assert
 (let (($x174 (>= ts_sqrt!2 0.0)))
 (let ((?x16 (+ x0_2 0.0)))
 (let (($x47 (>= ?x16 0.0)))
 (=> $x47 (and $x174 (= (* ts_sqrt!2 ts_sqrt!2) ?x16)))))))
(assert
 (let ((?x177 (* 2.0 ts_sqrt!2)))
 (let (($x180 (and (distinct ?x177 0.0) true)))
 (=> $x180 (= (* div!3 ?x177) (+ 1.0 0.0))))))
(assert
 (let (($x184 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x184 (= 1.0 (* div!4 ts_sqrt!0)))))
(assert
 (let (($x184 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x184 (= (* div!5 ts_sqrt!0) (- 0.0 (* div!4 div!1))))))
(assert
 (let (($x191 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x191 (= 1.0 (* div!6 ts_sqrt!1)))))
(assert
 (let (($x191 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x191 (= (* div!7 ts_sqrt!1) (- 0.0 (* div!6 div!2))))))
(assert
 (let (($x198 (and (distinct ts_sqrt!2 0.0) true)))
 (=> $x198 (= 1.0 (* div!8 ts_sqrt!2)))))
(assert
 (let (($x198 (and (distinct ts_sqrt!2 0.0) true)))
 (=> $x198 (= (* div!9 ts_sqrt!2) (- 0.0 (* div!8 div!3))))))
(assert
 (let ((?x12 (+ x0_0 0.0)))
 (>= ?x12 0.0)))
(assert
 (let ((?x157 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x157 0.0) true)))
(assert
 (let ((?x14 (+ x0_1 0.0)))
 (>= ?x14 0.0)))
(assert
 (let ((?x167 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x167 0.0) true)))
(assert
 (let ((?x16 (+ x0_2 0.0)))
 (>= ?x16 0.0)))
(assert
 (let ((?x177 (* 2.0 ts_sqrt!2)))
 (and (distinct ?x177 0.0) true)))
(assert
 (and (distinct ts_sqrt!0 0.0) true))
(assert
 (and (distinct ts_sqrt!0 0.0) true))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (and (distinct ts_sqrt!2 0.0) true))
(assert
 (and (distinct ts_sqrt!2 0.0) true))
(assert
 (let ((?x116 (* w_2 (* (- (/ 1.0 2.0)) (* div!8 (* div!8 div!8))))))
 (let ((?x129 (* div!9 w_2)))
 (let ((?x128 (* div!7 w_1)))
 (let ((?x127 (* div!5 w_0)))
 (let ((?x130 (+ ?x127 ?x128 ?x129)))
 (let (($x145 (= ?x130 ?x116)))
 (not $x145))))))))
(assert
 (let (($x205 (= ts_sqrt!0 ts_sqrt!1)))
 (=> (and (= (+ x0_0 0.0) (+ x0_1 0.0))) $x205)))
(assert
 (let (($x209 (= ts_sqrt!0 ts_sqrt!2)))
 (=> (and (= (+ x0_0 0.0) (+ x0_2 0.0))) $x209)))
(assert
 (let (($x213 (= ts_sqrt!1 ts_sqrt!2)))
(=> (and (= (+ x0_1 0.0) (+ x0_2 0.0))) $x213)))
(check-sat)
