; torchsmt obligation batchnorm.jvp_eq_dual@1x2x2_2_2_2_2 (lemma, op batchnorm, jvp_eq_dual)
; the jvp rule equals the dual-number J v at shapes ((1, 2, 2), (2,), (2,), (2,), (2,)), off kinks
(set-info :source |torchsmt lemma batchnorm.jvp_eq_dual@1x2x2_2_2_2_2 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x4_0 () Real)
(declare-fun ts_sqrt!0 () Real)
(declare-fun v4_0 () Real)
(declare-fun div!1 () Real)
(declare-fun x4_1 () Real)
(declare-fun ts_sqrt!1 () Real)
(declare-fun v4_1 () Real)
(declare-fun div!2 () Real)
(declare-fun x1_0 () Real)
(declare-fun div!3 () Real)
(declare-fun v1_0 () Real)
(declare-fun div!4 () Real)
(declare-fun x1_1 () Real)
(declare-fun div!5 () Real)
(declare-fun v1_1 () Real)
(declare-fun div!6 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun v2_0 () Real)
(declare-fun x3_0 () Real)
(declare-fun x0_0_0_0 () Real)
(declare-fun v3_0 () Real)
(declare-fun v0_0_0_0 () Real)
(assert
 (let (($x115 (>= ts_sqrt!0 0.0)))
 (let ((?x30 (+ x4_0 0.0)))
 (let (($x34 (>= ?x30 0.0)))
 (=> $x34 (and $x115 (= (* ts_sqrt!0 ts_sqrt!0) ?x30)))))))
(assert
 (let ((?x170 (* 2.0 ts_sqrt!0)))
 (let (($x173 (and (distinct ?x170 0.0) true)))
 (=> $x173 (= (* div!1 ?x170) (+ v4_0 0.0))))))
(assert
 (let (($x177 (>= ts_sqrt!1 0.0)))
 (let ((?x32 (+ x4_1 0.0)))
 (let (($x49 (>= ?x32 0.0)))
 (=> $x49 (and $x177 (= (* ts_sqrt!1 ts_sqrt!1) ?x32)))))))
(assert
 (let ((?x180 (* 2.0 ts_sqrt!1)))
 (let (($x183 (and (distinct ?x180 0.0) true)))
 (=> $x183 (= (* div!2 ?x180) (+ v4_1 0.0))))))
(assert
 (let (($x187 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x187 (= (* div!3 ts_sqrt!0) x1_0))))
(assert
 (let (($x187 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x187 (= (* div!4 ts_sqrt!0) (- v1_0 (* div!3 div!1))))))
(assert
 (let (($x194 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x194 (= (* div!5 ts_sqrt!1) x1_1))))
(assert
 (let (($x194 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x194 (= (* div!6 ts_sqrt!1) (- v1_1 (* div!5 div!2))))))
(assert
 (let (($x115 (>= ts_sqrt!0 0.0)))
 (let ((?x30 (+ x4_0 0.0)))
 (let (($x34 (>= ?x30 0.0)))
 (=> $x34 (and $x115 (= (* ts_sqrt!0 ts_sqrt!0) ?x30)))))))
(assert
 (let (($x177 (>= ts_sqrt!1 0.0)))
 (let ((?x32 (+ x4_1 0.0)))
 (let (($x49 (>= ?x32 0.0)))
 (=> $x49 (and $x177 (= (* ts_sqrt!1 ts_sqrt!1) ?x32)))))))
(assert
 (let (($x187 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x187 (= 1.0 (* div!7 ts_sqrt!0)))))
(assert
 (let (($x194 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x194 (= 1.0 (* div!8 ts_sqrt!1)))))
(assert
 (let ((?x30 (+ x4_0 0.0)))
 (>= ?x30 0.0)))
(assert
 (let ((?x170 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x170 0.0) true)))
(assert
 (let ((?x32 (+ x4_1 0.0)))
 (>= ?x32 0.0)))
(assert
 (let ((?x180 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x180 0.0) true)))
(assert
 (and (distinct ts_sqrt!0 0.0) true))
(assert
 (and (distinct ts_sqrt!0 0.0) true))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (let ((?x30 (+ x4_0 0.0)))
 (>= ?x30 0.0)))
(assert
 (let ((?x32 (+ x4_1 0.0)))
 (>= ?x32 0.0)))
(assert
 (and (distinct ts_sqrt!0 0.0) true))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (let ((?x100 (+ (* (- v0_0_0_0 v3_0) div!3) (* (- x0_0_0_0 x3_0) div!4))))
 (let ((?x138 (* v1_0 div!7)))
 (let ((?x151 (+ ?x138 (* (* x1_0 (- (/ 1.0 2.0))) (* (* div!7 (* div!7 div!7)) v4_0)))))
 (let ((?x89 (- x0_0_0_0 x3_0)))
 (let ((?x161 (+ (+ (* (- v0_0_0_0 v3_0) (* x1_0 div!7)) (* ?x89 ?x151)) v2_0)))
 (let (($x165 (= ?x161 (+ ?x100 v2_0))))
 (not $x165))))))))
(assert
 (let (($x207 (= ts_sqrt!0 ts_sqrt!1)))
(=> (and (= (+ x4_0 0.0) (+ x4_1 0.0))) $x207)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x4_0 () Real)
(declare-fun ts_sqrt!0 () Real)
(declare-fun v4_0 () Real)
(declare-fun div!1 () Real)
(declare-fun x4_1 () Real)
(declare-fun ts_sqrt!1 () Real)
(declare-fun v4_1 () Real)
(declare-fun div!2 () Real)
(declare-fun x1_0 () Real)
(declare-fun div!3 () Real)
(declare-fun v1_0 () Real)
(declare-fun div!4 () Real)
(declare-fun x1_1 () Real)
(declare-fun div!5 () Real)
(declare-fun v1_1 () Real)
(declare-fun div!6 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun v2_0 () Real)
(declare-fun x3_0 () Real)
(declare-fun x0_0_0_1 () Real)
(declare-fun v3_0 () Real)
(declare-fun v0_0_0_1 () Real)
(assert
 (let (($x115 (>= ts_sqrt!0 0.0)))
 (let ((?x30 (+ x4_0 0.0)))
 (let (($x34 (>= ?x30 0.0)))
 (=> $x34 (and $x115 (= (* ts_sqrt!0 ts_sqrt!0) ?x30)))))))
(assert
 (let ((?x170 (* 2.0 ts_sqrt!0)))
 (let (($x173 (and (distinct ?x170 0.0) true)))
 (=> $x173 (= (* div!1 ?x170) (+ v4_0 0.0))))))
(assert
 (let (($x177 (>= ts_sqrt!1 0.0)))
 (let ((?x32 (+ x4_1 0.0)))
 (let (($x49 (>= ?x32 0.0)))
 (=> $x49 (and $x177 (= (* ts_sqrt!1 ts_sqrt!1) ?x32)))))))
(assert
 (let ((?x180 (* 2.0 ts_sqrt!1)))
 (let (($x183 (and (distinct ?x180 0.0) true)))
 (=> $x183 (= (* div!2 ?x180) (+ v4_1 0.0))))))
(assert
 (let (($x187 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x187 (= (* div!3 ts_sqrt!0) x1_0))))
(assert
 (let (($x187 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x187 (= (* div!4 ts_sqrt!0) (- v1_0 (* div!3 div!1))))))
(assert
 (let (($x194 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x194 (= (* div!5 ts_sqrt!1) x1_1))))
(assert
 (let (($x194 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x194 (= (* div!6 ts_sqrt!1) (- v1_1 (* div!5 div!2))))))
(assert
 (let (($x115 (>= ts_sqrt!0 0.0)))
 (let ((?x30 (+ x4_0 0.0)))
 (let (($x34 (>= ?x30 0.0)))
 (=> $x34 (and $x115 (= (* ts_sqrt!0 ts_sqrt!0) ?x30)))))))
(assert
 (let (($x177 (>= ts_sqrt!1 0.0)))
 (let ((?x32 (+ x4_1 0.0)))
 (let (($x49 (>= ?x32 0.0)))
 (=> $x49 (and $x177 (= (* ts_sqrt!1 ts_sqrt!1) ?x32)))))))
(assert
 (let (($x187 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x187 (= 1.0 (* div!7 ts_sqrt!0)))))
(assert
 (let (($x194 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x194 (= 1.0 (* div!8 ts_sqrt!1)))))
(assert
 (let ((?x30 (+ x4_0 0.0)))
 (>= ?x30 0.0)))
(assert
 (let ((?x170 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x170 0.0) true)))
(assert
 (let ((?x32 (+ x4_1 0.0)))
 (>= ?x32 0.0)))
(assert
 (let ((?x180 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x180 0.0) true)))
(assert
 (and (distinct ts_sqrt!0 0.0) true))
(assert
 (and (distinct ts_sqrt!0 0.0) true))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (let ((?x30 (+ x4_0 0.0)))
 (>= ?x30 0.0)))
(assert
 (let ((?x32 (+ x4_1 0.0)))
 (>= ?x32 0.0)))
(assert
 (and (distinct ts_sqrt!0 0.0) true))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (let ((?x104 (+ (* (- v0_0_0_1 v3_0) div!3) (* (- x0_0_0_1 x3_0) div!4))))
 (let ((?x138 (* v1_0 div!7)))
 (let ((?x151 (+ ?x138 (* (* x1_0 (- (/ 1.0 2.0))) (* (* div!7 (* div!7 div!7)) v4_0)))))
 (let ((?x91 (- x0_0_0_1 x3_0)))
 (let ((?x162 (+ (+ (* (- v0_0_0_1 v3_0) (* x1_0 div!7)) (* ?x91 ?x151)) v2_0)))
 (let (($x166 (= ?x162 (+ ?x104 v2_0))))
 (not $x166))))))))
(assert
 (let (($x207 (= ts_sqrt!0 ts_sqrt!1)))
(=> (and (= (+ x4_0 0.0) (+ x4_1 0.0))) $x207)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x4_0 () Real)
(declare-fun ts_sqrt!0 () Real)
(declare-fun v4_0 () Real)
(declare-fun div!1 () Real)
(declare-fun x4_1 () Real)
(declare-fun ts_sqrt!1 () Real)
(declare-fun v4_1 () Real)
(declare-fun div!2 () Real)
(declare-fun x1_0 () Real)
(declare-fun div!3 () Real)
(declare-fun v1_0 () Real)
(declare-fun div!4 () Real)
(declare-fun x1_1 () Real)
(declare-fun div!5 () Real)
(declare-fun v1_1 () Real)
(declare-fun div!6 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun v2_1 () Real)
(declare-fun x3_1 () Real)
(declare-fun x0_0_1_0 () Real)
(declare-fun v3_1 () Real)
(declare-fun v0_0_1_0 () Real)
(assert
 (let (($x115 (>= ts_sqrt!0 0.0)))
 (let ((?x30 (+ x4_0 0.0)))
 (let (($x34 (>= ?x30 0.0)))
 (=> $x34 (and $x115 (= (* ts_sqrt!0 ts_sqrt!0) ?x30)))))))
(assert
 (let ((?x170 (* 2.0 ts_sqrt!0)))
 (let (($x173 (and (distinct ?x170 0.0) true)))
 (=> $x173 (= (* div!1 ?x170) (+ v4_0 0.0))))))
(assert
 (let (($x177 (>= ts_sqrt!1 0.0)))
 (let ((?x32 (+ x4_1 0.0)))
 (let (($x49 (>= ?x32 0.0)))
 (=> $x49 (and $x177 (= (* ts_sqrt!1 ts_sqrt!1) ?x32)))))))
(assert
 (let ((?x180 (* 2.0 ts_sqrt!1)))
 (let (($x183 (and (distinct ?x180 0.0) true)))
 (=> $x183 (= (* div!2 ?x180) (+ v4_1 0.0))))))
(assert
 (let (($x187 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x187 (= (* div!3 ts_sqrt!0) x1_0))))
(assert
 (let (($x187 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x187 (= (* div!4 ts_sqrt!0) (- v1_0 (* div!3 div!1))))))
(assert
 (let (($x194 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x194 (= (* div!5 ts_sqrt!1) x1_1))))
(assert
 (let (($x194 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x194 (= (* div!6 ts_sqrt!1) (- v1_1 (* div!5 div!2))))))
(assert
 (let (($x115 (>= ts_sqrt!0 0.0)))
 (let ((?x30 (+ x4_0 0.0)))
 (let (($x34 (>= ?x30 0.0)))
 (=> $x34 (and $x115 (= (* ts_sqrt!0 ts_sqrt!0) ?x30)))))))
(assert
 (let (($x177 (>= ts_sqrt!1 0.0)))
 (let ((?x32 (+ x4_1 0.0)))
 (let (($x49 (>= ?x32 0.0)))
 (=> $x49 (and $x177 (= (* ts_sqrt!1 ts_sqrt!1) ?x32)))))))
(assert
 (let (($x187 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x187 (= 1.0 (* div!7 ts_sqrt!0)))))
(assert
 (let (($x194 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x194 (= 1.0 (* div!8 ts_sqrt!1)))))
(assert
 (let ((?x30 (+ x4_0 0.0)))
 (>= ?x30 0.0)))
(assert
 (let ((?x170 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x170 0.0) true)))
(assert
 (let ((?x32 (+ x4_1 0.0)))
 (>= ?x32 0.0)))
(assert
 (let ((?x180 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x180 0.0) true)))
(assert
 (and (distinct ts_sqrt!0 0.0) true))
(assert
 (and (distinct ts_sqrt!0 0.0) true))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (let ((?x30 (+ x4_0 0.0)))
 (>= ?x30 0.0)))
(assert
 (let ((?x32 (+ x4_1 0.0)))
 (>= ?x32 0.0)))
(assert
 (and (distinct ts_sqrt!0 0.0) true))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (let ((?x108 (+ (* (- v0_0_1_0 v3_1) div!5) (* (- x0_0_1_0 x3_1) div!6))))
 (let ((?x139 (* v1_1 div!8)))
 (let ((?x152 (+ ?x139 (* (* x1_1 (- (/ 1.0 2.0))) (* (* div!8 (* div!8 div!8)) v4_1)))))
 (let ((?x93 (- x0_0_1_0 x3_1)))
 (let ((?x163 (+ (+ (* (- v0_0_1_0 v3_1) (* x1_1 div!8)) (* ?x93 ?x152)) v2_1)))
 (let (($x167 (= ?x163 (+ ?x108 v2_1))))
 (not $x167))))))))
(assert
 (let (($x207 (= ts_sqrt!0 ts_sqrt!1)))
(=> (and (= (+ x4_0 0.0) (+ x4_1 0.0))) $x207)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x4_0 () Real)
(declare-fun ts_sqrt!0 () Real)
(declare-fun v4_0 () Real)
(declare-fun div!1 () Real)
(declare-fun x4_1 () Real)
(declare-fun ts_sqrt!1 () Real)
(declare-fun v4_1 () Real)
(declare-fun div!2 () Real)
(declare-fun x1_0 () Real)
(declare-fun div!3 () Real)
(declare-fun v1_0 () Real)
(declare-fun div!4 () Real)
(declare-fun x1_1 () Real)
(declare-fun div!5 () Real)
(declare-fun v1_1 () Real)
(declare-fun div!6 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun v2_1 () Real)
(declare-fun x3_1 () Real)
(declare-fun x0_0_1_1 () Real)
(declare-fun v3_1 () Real)
(declare-fun v0_0_1_1 () Real)
(assert
 (let (($x115 (>= ts_sqrt!0 0.0)))
 (let ((?x30 (+ x4_0 0.0)))
 (let (($x34 (>= ?x30 0.0)))
 (=> $x34 (and $x115 (= (* ts_sqrt!0 ts_sqrt!0) ?x30)))))))
(assert
 (let ((?x170 (* 2.0 ts_sqrt!0)))
 (let (($x173 (and (distinct ?x170 0.0) true)))
 (=> $x173 (= (* div!1 ?x170) (+ v4_0 0.0))))))
(assert
 (let (($x177 (>= ts_sqrt!1 0.0)))
 (let ((?x32 (+ x4_1 0.0)))
 (let (($x49 (>= ?x32 0.0)))
 (=> $x49 (and $x177 (= (* ts_sqrt!1 ts_sqrt!1) ?x32)))))))
(assert
 (let ((?x180 (* 2.0 ts_sqrt!1)))
 (let (($x183 (and (distinct ?x180 0.0) true)))
 (=> $x183 (= (* div!2 ?x180) (+ v4_1 0.0))))))
(assert
 (let (($x187 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x187 (= (* div!3 ts_sqrt!0) x1_0))))
(assert
 (let (($x187 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x187 (= (* div!4 ts_sqrt!0) (- v1_0 (* div!3 div!1))))))
(assert
 (let (($x194 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x194 (= (* div!5 ts_sqrt!1) x1_1))))
(assert
 (let (($x194 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x194 (= (* div!6 ts_sqrt!1) (- v1_1 (* div!5 div!2))))))
(assert
 (let (($x115 (>= ts_sqrt!0 0.0)))
 (let ((?x30 (+ x4_0 0.0)))
 (let (($x34 (>= ?x30 0.0)))
 (=> $x34 (and $x115 (= (* ts_sqrt!0 ts_sqrt!0) ?x30)))))))
(assert
 (let (($x177 (>= ts_sqrt!1 0.0)))
 (let ((?x32 (+ x4_1 0.0)))
 (let (($x49 (>= ?x32 0.0)))
 (=> $x49 (and $x177 (= (* ts_sqrt!1 ts_sqrt!1) ?x32)))))))
(assert
 (let (($x187 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x187 (= 1.0 (* div!7 ts_sqrt!0)))))
(assert
 (let (($x194 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x194 (= 1.0 (* div!8 ts_sqrt!1)))))
(assert
 (let ((?x30 (+ x4_0 0.0)))
 (>= ?x30 0.0)))
(assert
 (let ((?x170 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x170 0.0) true)))
(assert
 (let ((?x32 (+ x4_1 0.0)))
 (>= ?x32 0.0)))
(assert
 (let ((?x180 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x180 0.0) true)))
(assert
 (and (distinct ts_sqrt!0 0.0) true))
(assert
 (and (distinct ts_sqrt!0 0.0) true))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (let ((?x30 (+ x4_0 0.0)))
 (>= ?x30 0.0)))
(assert
 (let ((?x32 (+ x4_1 0.0)))
 (>= ?x32 0.0)))
(assert
 (and (distinct ts_sqrt!0 0.0) true))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (let ((?x112 (+ (* (- v0_0_1_1 v3_1) div!5) (* (- x0_0_1_1 x3_1) div!6))))
 (let ((?x139 (* v1_1 div!8)))
 (let ((?x152 (+ ?x139 (* (* x1_1 (- (/ 1.0 2.0))) (* (* div!8 (* div!8 div!8)) v4_1)))))
 (let ((?x95 (- x0_0_1_1 x3_1)))
 (let ((?x164 (+ (+ (* (- v0_0_1_1 v3_1) (* x1_1 div!8)) (* ?x95 ?x152)) v2_1)))
 (let (($x168 (= ?x164 (+ ?x112 v2_1))))
 (not $x168))))))))
(assert
 (let (($x207 (= ts_sqrt!0 ts_sqrt!1)))
(=> (and (= (+ x4_0 0.0) (+ x4_1 0.0))) $x207)))
(check-sat)
