; torchsmt obligation batchnorm.jvp_eq_dual@2x2_2_2_2_2 (lemma, op batchnorm, jvp_eq_dual)
; the jvp rule equals the dual-number J v at shapes ((2, 2), (2,), (2,), (2,), (2,)), off kinks
(set-info :source |torchsmt lemma batchnorm.jvp_eq_dual@2x2_2_2_2_2 kind lemma|)
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
(declare-fun x0_0_0 () Real)
(declare-fun v3_0 () Real)
(declare-fun v0_0_0 () Real)
(assert
 (let (($x116 (>= ts_sqrt!0 0.0)))
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (let (($x35 (>= ?x31 0.0)))
 (=> $x35 (and $x116 (= (* ts_sqrt!0 ts_sqrt!0) ?x31)))))))
(assert
 (let ((?x171 (* 2.0 ts_sqrt!0)))
 (let (($x174 (and (distinct ?x171 0.0) true)))
 (=> $x174 (= (* div!1 ?x171) (+ v4_0 0.0))))))
(assert
 (let (($x178 (>= ts_sqrt!1 0.0)))
 (let ((?x33 (+ x4_1 (/ 1.0 100000.0))))
 (let (($x50 (>= ?x33 0.0)))
 (=> $x50 (and $x178 (= (* ts_sqrt!1 ts_sqrt!1) ?x33)))))))
(assert
 (let ((?x181 (* 2.0 ts_sqrt!1)))
 (let (($x184 (and (distinct ?x181 0.0) true)))
 (=> $x184 (= (* div!2 ?x181) (+ v4_1 0.0))))))
(assert
 (let (($x188 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x188 (= (* div!3 ts_sqrt!0) x1_0))))
(assert
 (let (($x188 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x188 (= (* div!4 ts_sqrt!0) (- v1_0 (* div!3 div!1))))))
(assert
 (let (($x195 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x195 (= (* div!5 ts_sqrt!1) x1_1))))
(assert
 (let (($x195 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x195 (= (* div!6 ts_sqrt!1) (- v1_1 (* div!5 div!2))))))
(assert
 (let (($x116 (>= ts_sqrt!0 0.0)))
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (let (($x35 (>= ?x31 0.0)))
 (=> $x35 (and $x116 (= (* ts_sqrt!0 ts_sqrt!0) ?x31)))))))
(assert
 (let (($x178 (>= ts_sqrt!1 0.0)))
 (let ((?x33 (+ x4_1 (/ 1.0 100000.0))))
 (let (($x50 (>= ?x33 0.0)))
 (=> $x50 (and $x178 (= (* ts_sqrt!1 ts_sqrt!1) ?x33)))))))
(assert
 (let (($x188 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x188 (= 1.0 (* div!7 ts_sqrt!0)))))
(assert
 (let (($x195 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x195 (= 1.0 (* div!8 ts_sqrt!1)))))
(assert
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (>= ?x31 0.0)))
(assert
 (let ((?x171 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x171 0.0) true)))
(assert
 (let ((?x33 (+ x4_1 (/ 1.0 100000.0))))
 (>= ?x33 0.0)))
(assert
 (let ((?x181 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x181 0.0) true)))
(assert
 (and (distinct ts_sqrt!0 0.0) true))
(assert
 (and (distinct ts_sqrt!0 0.0) true))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (>= ?x31 0.0)))
(assert
 (let ((?x33 (+ x4_1 (/ 1.0 100000.0))))
 (>= ?x33 0.0)))
(assert
 (and (distinct ts_sqrt!0 0.0) true))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (let ((?x115 (+ (+ (* (- v0_0_0 v3_0) div!3) (* (- x0_0_0 x3_0) div!4)) v2_0)))
 (let ((?x139 (* v1_0 div!7)))
 (let ((?x152 (+ ?x139 (* (* x1_0 (- (/ 1.0 2.0))) (* (* div!7 (* div!7 div!7)) v4_0)))))
 (let ((?x90 (- x0_0_0 x3_0)))
 (let ((?x162 (+ (+ (* (- v0_0_0 v3_0) (* x1_0 div!7)) (* ?x90 ?x152)) v2_0)))
 (let (($x166 (= ?x162 ?x115)))
 (not $x166))))))))
(assert
 (let (($x208 (= ts_sqrt!0 ts_sqrt!1)))
(=> (and (= (+ x4_0 (/ 1.0 100000.0)) (+ x4_1 (/ 1.0 100000.0)))) $x208)))
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
(declare-fun x0_0_1 () Real)
(declare-fun v3_1 () Real)
(declare-fun v0_0_1 () Real)
(assert
 (let (($x116 (>= ts_sqrt!0 0.0)))
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (let (($x35 (>= ?x31 0.0)))
 (=> $x35 (and $x116 (= (* ts_sqrt!0 ts_sqrt!0) ?x31)))))))
(assert
 (let ((?x171 (* 2.0 ts_sqrt!0)))
 (let (($x174 (and (distinct ?x171 0.0) true)))
 (=> $x174 (= (* div!1 ?x171) (+ v4_0 0.0))))))
(assert
 (let (($x178 (>= ts_sqrt!1 0.0)))
 (let ((?x33 (+ x4_1 (/ 1.0 100000.0))))
 (let (($x50 (>= ?x33 0.0)))
 (=> $x50 (and $x178 (= (* ts_sqrt!1 ts_sqrt!1) ?x33)))))))
(assert
 (let ((?x181 (* 2.0 ts_sqrt!1)))
 (let (($x184 (and (distinct ?x181 0.0) true)))
 (=> $x184 (= (* div!2 ?x181) (+ v4_1 0.0))))))
(assert
 (let (($x188 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x188 (= (* div!3 ts_sqrt!0) x1_0))))
(assert
 (let (($x188 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x188 (= (* div!4 ts_sqrt!0) (- v1_0 (* div!3 div!1))))))
(assert
 (let (($x195 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x195 (= (* div!5 ts_sqrt!1) x1_1))))
(assert
 (let (($x195 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x195 (= (* div!6 ts_sqrt!1) (- v1_1 (* div!5 div!2))))))
(assert
 (let (($x116 (>= ts_sqrt!0 0.0)))
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (let (($x35 (>= ?x31 0.0)))
 (=> $x35 (and $x116 (= (* ts_sqrt!0 ts_sqrt!0) ?x31)))))))
(assert
 (let (($x178 (>= ts_sqrt!1 0.0)))
 (let ((?x33 (+ x4_1 (/ 1.0 100000.0))))
 (let (($x50 (>= ?x33 0.0)))
 (=> $x50 (and $x178 (= (* ts_sqrt!1 ts_sqrt!1) ?x33)))))))
(assert
 (let (($x188 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x188 (= 1.0 (* div!7 ts_sqrt!0)))))
(assert
 (let (($x195 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x195 (= 1.0 (* div!8 ts_sqrt!1)))))
(assert
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (>= ?x31 0.0)))
(assert
 (let ((?x171 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x171 0.0) true)))
(assert
 (let ((?x33 (+ x4_1 (/ 1.0 100000.0))))
 (>= ?x33 0.0)))
(assert
 (let ((?x181 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x181 0.0) true)))
(assert
 (and (distinct ts_sqrt!0 0.0) true))
(assert
 (and (distinct ts_sqrt!0 0.0) true))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (>= ?x31 0.0)))
(assert
 (let ((?x33 (+ x4_1 (/ 1.0 100000.0))))
 (>= ?x33 0.0)))
(assert
 (and (distinct ts_sqrt!0 0.0) true))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (let ((?x117 (+ (+ (* (- v0_0_1 v3_1) div!5) (* (- x0_0_1 x3_1) div!6)) v2_1)))
 (let ((?x140 (* v1_1 div!8)))
 (let ((?x153 (+ ?x140 (* (* x1_1 (- (/ 1.0 2.0))) (* (* div!8 (* div!8 div!8)) v4_1)))))
 (let ((?x92 (- x0_0_1 x3_1)))
 (let ((?x163 (+ (+ (* (- v0_0_1 v3_1) (* x1_1 div!8)) (* ?x92 ?x153)) v2_1)))
 (let (($x167 (= ?x163 ?x117)))
 (not $x167))))))))
(assert
 (let (($x208 (= ts_sqrt!0 ts_sqrt!1)))
(=> (and (= (+ x4_0 (/ 1.0 100000.0)) (+ x4_1 (/ 1.0 100000.0)))) $x208)))
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
(declare-fun x0_1_0 () Real)
(declare-fun v3_0 () Real)
(declare-fun v0_1_0 () Real)
(assert
 (let (($x116 (>= ts_sqrt!0 0.0)))
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (let (($x35 (>= ?x31 0.0)))
 (=> $x35 (and $x116 (= (* ts_sqrt!0 ts_sqrt!0) ?x31)))))))
(assert
 (let ((?x171 (* 2.0 ts_sqrt!0)))
 (let (($x174 (and (distinct ?x171 0.0) true)))
 (=> $x174 (= (* div!1 ?x171) (+ v4_0 0.0))))))
(assert
 (let (($x178 (>= ts_sqrt!1 0.0)))
 (let ((?x33 (+ x4_1 (/ 1.0 100000.0))))
 (let (($x50 (>= ?x33 0.0)))
 (=> $x50 (and $x178 (= (* ts_sqrt!1 ts_sqrt!1) ?x33)))))))
(assert
 (let ((?x181 (* 2.0 ts_sqrt!1)))
 (let (($x184 (and (distinct ?x181 0.0) true)))
 (=> $x184 (= (* div!2 ?x181) (+ v4_1 0.0))))))
(assert
 (let (($x188 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x188 (= (* div!3 ts_sqrt!0) x1_0))))
(assert
 (let (($x188 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x188 (= (* div!4 ts_sqrt!0) (- v1_0 (* div!3 div!1))))))
(assert
 (let (($x195 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x195 (= (* div!5 ts_sqrt!1) x1_1))))
(assert
 (let (($x195 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x195 (= (* div!6 ts_sqrt!1) (- v1_1 (* div!5 div!2))))))
(assert
 (let (($x116 (>= ts_sqrt!0 0.0)))
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (let (($x35 (>= ?x31 0.0)))
 (=> $x35 (and $x116 (= (* ts_sqrt!0 ts_sqrt!0) ?x31)))))))
(assert
 (let (($x178 (>= ts_sqrt!1 0.0)))
 (let ((?x33 (+ x4_1 (/ 1.0 100000.0))))
 (let (($x50 (>= ?x33 0.0)))
 (=> $x50 (and $x178 (= (* ts_sqrt!1 ts_sqrt!1) ?x33)))))))
(assert
 (let (($x188 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x188 (= 1.0 (* div!7 ts_sqrt!0)))))
(assert
 (let (($x195 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x195 (= 1.0 (* div!8 ts_sqrt!1)))))
(assert
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (>= ?x31 0.0)))
(assert
 (let ((?x171 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x171 0.0) true)))
(assert
 (let ((?x33 (+ x4_1 (/ 1.0 100000.0))))
 (>= ?x33 0.0)))
(assert
 (let ((?x181 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x181 0.0) true)))
(assert
 (and (distinct ts_sqrt!0 0.0) true))
(assert
 (and (distinct ts_sqrt!0 0.0) true))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (>= ?x31 0.0)))
(assert
 (let ((?x33 (+ x4_1 (/ 1.0 100000.0))))
 (>= ?x33 0.0)))
(assert
 (and (distinct ts_sqrt!0 0.0) true))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (let ((?x119 (+ (+ (* (- v0_1_0 v3_0) div!3) (* (- x0_1_0 x3_0) div!4)) v2_0)))
 (let ((?x139 (* v1_0 div!7)))
 (let ((?x152 (+ ?x139 (* (* x1_0 (- (/ 1.0 2.0))) (* (* div!7 (* div!7 div!7)) v4_0)))))
 (let ((?x94 (- x0_1_0 x3_0)))
 (let ((?x164 (+ (+ (* (- v0_1_0 v3_0) (* x1_0 div!7)) (* ?x94 ?x152)) v2_0)))
 (let (($x168 (= ?x164 ?x119)))
 (not $x168))))))))
(assert
 (let (($x208 (= ts_sqrt!0 ts_sqrt!1)))
(=> (and (= (+ x4_0 (/ 1.0 100000.0)) (+ x4_1 (/ 1.0 100000.0)))) $x208)))
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
(declare-fun x0_1_1 () Real)
(declare-fun v3_1 () Real)
(declare-fun v0_1_1 () Real)
(assert
 (let (($x116 (>= ts_sqrt!0 0.0)))
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (let (($x35 (>= ?x31 0.0)))
 (=> $x35 (and $x116 (= (* ts_sqrt!0 ts_sqrt!0) ?x31)))))))
(assert
 (let ((?x171 (* 2.0 ts_sqrt!0)))
 (let (($x174 (and (distinct ?x171 0.0) true)))
 (=> $x174 (= (* div!1 ?x171) (+ v4_0 0.0))))))
(assert
 (let (($x178 (>= ts_sqrt!1 0.0)))
 (let ((?x33 (+ x4_1 (/ 1.0 100000.0))))
 (let (($x50 (>= ?x33 0.0)))
 (=> $x50 (and $x178 (= (* ts_sqrt!1 ts_sqrt!1) ?x33)))))))
(assert
 (let ((?x181 (* 2.0 ts_sqrt!1)))
 (let (($x184 (and (distinct ?x181 0.0) true)))
 (=> $x184 (= (* div!2 ?x181) (+ v4_1 0.0))))))
(assert
 (let (($x188 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x188 (= (* div!3 ts_sqrt!0) x1_0))))
(assert
 (let (($x188 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x188 (= (* div!4 ts_sqrt!0) (- v1_0 (* div!3 div!1))))))
(assert
 (let (($x195 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x195 (= (* div!5 ts_sqrt!1) x1_1))))
(assert
 (let (($x195 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x195 (= (* div!6 ts_sqrt!1) (- v1_1 (* div!5 div!2))))))
(assert
 (let (($x116 (>= ts_sqrt!0 0.0)))
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (let (($x35 (>= ?x31 0.0)))
 (=> $x35 (and $x116 (= (* ts_sqrt!0 ts_sqrt!0) ?x31)))))))
(assert
 (let (($x178 (>= ts_sqrt!1 0.0)))
 (let ((?x33 (+ x4_1 (/ 1.0 100000.0))))
 (let (($x50 (>= ?x33 0.0)))
 (=> $x50 (and $x178 (= (* ts_sqrt!1 ts_sqrt!1) ?x33)))))))
(assert
 (let (($x188 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x188 (= 1.0 (* div!7 ts_sqrt!0)))))
(assert
 (let (($x195 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x195 (= 1.0 (* div!8 ts_sqrt!1)))))
(assert
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (>= ?x31 0.0)))
(assert
 (let ((?x171 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x171 0.0) true)))
(assert
 (let ((?x33 (+ x4_1 (/ 1.0 100000.0))))
 (>= ?x33 0.0)))
(assert
 (let ((?x181 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x181 0.0) true)))
(assert
 (and (distinct ts_sqrt!0 0.0) true))
(assert
 (and (distinct ts_sqrt!0 0.0) true))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (>= ?x31 0.0)))
(assert
 (let ((?x33 (+ x4_1 (/ 1.0 100000.0))))
 (>= ?x33 0.0)))
(assert
 (and (distinct ts_sqrt!0 0.0) true))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (let ((?x121 (+ (+ (* (- v0_1_1 v3_1) div!5) (* (- x0_1_1 x3_1) div!6)) v2_1)))
 (let ((?x140 (* v1_1 div!8)))
 (let ((?x153 (+ ?x140 (* (* x1_1 (- (/ 1.0 2.0))) (* (* div!8 (* div!8 div!8)) v4_1)))))
 (let ((?x96 (- x0_1_1 x3_1)))
 (let ((?x165 (+ (+ (* (- v0_1_1 v3_1) (* x1_1 div!8)) (* ?x96 ?x153)) v2_1)))
 (let (($x169 (= ?x165 ?x121)))
 (not $x169))))))))
(assert
 (let (($x208 (= ts_sqrt!0 ts_sqrt!1)))
(=> (and (= (+ x4_0 (/ 1.0 100000.0)) (+ x4_1 (/ 1.0 100000.0)))) $x208)))
(check-sat)
