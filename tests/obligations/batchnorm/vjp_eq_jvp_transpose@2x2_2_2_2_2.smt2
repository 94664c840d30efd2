; torchsmt obligation batchnorm.vjp_eq_jvp_transpose@2x2_2_2_2_2 (lemma, op batchnorm, vjp_eq_jvp_transpose)
; <w, J v> = <J^T w, v> at shapes ((2, 2), (2,), (2,), (2,), (2,)) params {}, off kinks
(set-info :source |torchsmt lemma batchnorm.vjp_eq_jvp_transpose@2x2_2_2_2_2 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x4_0 () Real)
(declare-fun ts_sqrt!0 () Real)
(declare-fun div!1 () Real)
(declare-fun x4_1 () Real)
(declare-fun ts_sqrt!1 () Real)
(declare-fun div!2 () Real)
(declare-fun x1_0 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun x1_1 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun w_0_0 () Real)
(declare-fun x3_1 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun w_1_1 () Real)
(declare-fun x3_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun w_1_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun w_0_1 () Real)
(declare-fun x0_0_0 () Real)
(assert
 (let (($x116 (>= ts_sqrt!0 0.0)))
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (let (($x35 (>= ?x31 0.0)))
 (=> $x35 (and $x116 (= (* ts_sqrt!0 ts_sqrt!0) ?x31)))))))
(assert
 (let ((?x280 (* 2.0 ts_sqrt!0)))
 (let (($x271 (and (distinct ?x280 0.0) true)))
 (=> $x271 (= (* div!1 ?x280) (+ 0.0 0.0))))))
(assert
 (let (($x232 (>= ts_sqrt!1 0.0)))
 (let ((?x33 (+ x4_1 (/ 1.0 100000.0))))
 (let (($x50 (>= ?x33 0.0)))
 (=> $x50 (and $x232 (= (* ts_sqrt!1 ts_sqrt!1) ?x33)))))))
(assert
 (let ((?x257 (* 2.0 ts_sqrt!1)))
 (let (($x289 (and (distinct ?x257 0.0) true)))
 (=> $x289 (= (* div!2 ?x257) (+ 0.0 0.0))))))
(assert
 (let (($x293 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x293 (= (* div!3 ts_sqrt!0) x1_0))))
(assert
 (let (($x293 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x293 (= (* div!4 ts_sqrt!0) (- 0.0 (* div!3 div!1))))))
(assert
 (let (($x300 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x300 (= (* div!5 ts_sqrt!1) x1_1))))
(assert
 (let (($x300 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x300 (= (* div!6 ts_sqrt!1) (- 0.0 (* div!5 div!2))))))
(assert
 (let (($x116 (>= ts_sqrt!0 0.0)))
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (let (($x35 (>= ?x31 0.0)))
 (=> $x35 (and $x116 (= (* ts_sqrt!0 ts_sqrt!0) ?x31)))))))
(assert
 (let (($x232 (>= ts_sqrt!1 0.0)))
 (let ((?x33 (+ x4_1 (/ 1.0 100000.0))))
 (let (($x50 (>= ?x33 0.0)))
 (=> $x50 (and $x232 (= (* ts_sqrt!1 ts_sqrt!1) ?x33)))))))
(assert
 (let (($x293 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x293 (= 1.0 (* div!7 ts_sqrt!0)))))
(assert
 (let (($x300 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x300 (= 1.0 (* div!8 ts_sqrt!1)))))
(assert
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (>= ?x31 0.0)))
(assert
 (let ((?x280 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x280 0.0) true)))
(assert
 (let ((?x33 (+ x4_1 (/ 1.0 100000.0))))
 (>= ?x33 0.0)))
(assert
 (let ((?x257 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x257 0.0) true)))
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
 (let ((?x137 (* x1_0 div!7)))
 (let ((?x158 (* w_0_0 ?x137)))
 (let ((?x216 (* (- 1.0) x3_1)))
 (let ((?x223 (+ x0_1_1 ?x216)))
 (let ((?x225 (* div!6 w_1_1 ?x223)))
 (let ((?x211 (* (- 1.0) x3_0)))
 (let ((?x220 (+ x0_1_0 ?x211)))
 (let ((?x222 (* div!4 w_1_0 ?x220)))
 (let ((?x217 (+ x0_0_1 ?x216)))
 (let ((?x219 (* div!6 w_0_1 ?x217)))
 (let ((?x226 (+ (* w_0_0 (+ div!3 (* div!4 (+ x0_0_0 ?x211)))) ?x219 ?x222 ?x225)))
 (let (($x204 (= ?x226 ?x158)))
 (not $x204))))))))))))))
(assert
 (let (($x313 (= ts_sqrt!0 ts_sqrt!1)))
(=> (and (= (+ x4_0 (/ 1.0 100000.0)) (+ x4_1 (/ 1.0 100000.0)))) $x313)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x4_0 () Real)
(declare-fun ts_sqrt!0 () Real)
(declare-fun div!1 () Real)
(declare-fun x4_1 () Real)
(declare-fun ts_sqrt!1 () Real)
(declare-fun div!2 () Real)
(declare-fun x1_0 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun x1_1 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun w_0_1 () Real)
(declare-fun x3_1 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun w_1_1 () Real)
(declare-fun x3_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun w_1_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun w_0_0 () Real)
(assert
 (let (($x116 (>= ts_sqrt!0 0.0)))
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (let (($x35 (>= ?x31 0.0)))
 (=> $x35 (and $x116 (= (* ts_sqrt!0 ts_sqrt!0) ?x31)))))))
(assert
 (let ((?x280 (* 2.0 ts_sqrt!0)))
 (let (($x271 (and (distinct ?x280 0.0) true)))
 (=> $x271 (= (* div!1 ?x280) (+ 0.0 0.0))))))
(assert
 (let (($x232 (>= ts_sqrt!1 0.0)))
 (let ((?x33 (+ x4_1 (/ 1.0 100000.0))))
 (let (($x50 (>= ?x33 0.0)))
 (=> $x50 (and $x232 (= (* ts_sqrt!1 ts_sqrt!1) ?x33)))))))
(assert
 (let ((?x257 (* 2.0 ts_sqrt!1)))
 (let (($x289 (and (distinct ?x257 0.0) true)))
 (=> $x289 (= (* div!2 ?x257) (+ 0.0 0.0))))))
(assert
 (let (($x293 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x293 (= (* div!3 ts_sqrt!0) x1_0))))
(assert
 (let (($x293 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x293 (= (* div!4 ts_sqrt!0) (- 0.0 (* div!3 div!1))))))
(assert
 (let (($x300 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x300 (= (* div!5 ts_sqrt!1) x1_1))))
(assert
 (let (($x300 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x300 (= (* div!6 ts_sqrt!1) (- 0.0 (* div!5 div!2))))))
(assert
 (let (($x116 (>= ts_sqrt!0 0.0)))
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (let (($x35 (>= ?x31 0.0)))
 (=> $x35 (and $x116 (= (* ts_sqrt!0 ts_sqrt!0) ?x31)))))))
(assert
 (let (($x232 (>= ts_sqrt!1 0.0)))
 (let ((?x33 (+ x4_1 (/ 1.0 100000.0))))
 (let (($x50 (>= ?x33 0.0)))
 (=> $x50 (and $x232 (= (* ts_sqrt!1 ts_sqrt!1) ?x33)))))))
(assert
 (let (($x293 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x293 (= 1.0 (* div!7 ts_sqrt!0)))))
(assert
 (let (($x300 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x300 (= 1.0 (* div!8 ts_sqrt!1)))))
(assert
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (>= ?x31 0.0)))
(assert
 (let ((?x280 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x280 0.0) true)))
(assert
 (let ((?x33 (+ x4_1 (/ 1.0 100000.0))))
 (>= ?x33 0.0)))
(assert
 (let ((?x257 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x257 0.0) true)))
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
 (let ((?x138 (* x1_1 div!8)))
 (let ((?x159 (* w_0_1 ?x138)))
 (let ((?x216 (* (- 1.0) x3_1)))
 (let ((?x223 (+ x0_1_1 ?x216)))
 (let ((?x225 (* div!6 w_1_1 ?x223)))
 (let ((?x211 (* (- 1.0) x3_0)))
 (let ((?x220 (+ x0_1_0 ?x211)))
 (let ((?x222 (* div!4 w_1_0 ?x220)))
 (let ((?x212 (+ x0_0_0 ?x211)))
 (let ((?x236 (* div!4 w_0_0 ?x212)))
 (let ((?x242 (+ ?x236 (* w_0_1 (+ div!5 (* div!6 (+ x0_0_1 ?x216)))) ?x222 ?x225)))
 (let (($x199 (= ?x242 ?x159)))
 (not $x199))))))))))))))
(assert
 (let (($x313 (= ts_sqrt!0 ts_sqrt!1)))
(=> (and (= (+ x4_0 (/ 1.0 100000.0)) (+ x4_1 (/ 1.0 100000.0)))) $x313)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x4_0 () Real)
(declare-fun ts_sqrt!0 () Real)
(declare-fun div!1 () Real)
(declare-fun x4_1 () Real)
(declare-fun ts_sqrt!1 () Real)
(declare-fun div!2 () Real)
(declare-fun x1_0 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun x1_1 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun w_1_0 () Real)
(declare-fun x3_1 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun w_1_1 () Real)
(declare-fun x3_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun w_0_1 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun w_0_0 () Real)
(assert
 (let (($x116 (>= ts_sqrt!0 0.0)))
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (let (($x35 (>= ?x31 0.0)))
 (=> $x35 (and $x116 (= (* ts_sqrt!0 ts_sqrt!0) ?x31)))))))
(assert
 (let ((?x280 (* 2.0 ts_sqrt!0)))
 (let (($x271 (and (distinct ?x280 0.0) true)))
 (=> $x271 (= (* div!1 ?x280) (+ 0.0 0.0))))))
(assert
 (let (($x232 (>= ts_sqrt!1 0.0)))
 (let ((?x33 (+ x4_1 (/ 1.0 100000.0))))
 (let (($x50 (>= ?x33 0.0)))
 (=> $x50 (and $x232 (= (* ts_sqrt!1 ts_sqrt!1) ?x33)))))))
(assert
 (let ((?x257 (* 2.0 ts_sqrt!1)))
 (let (($x289 (and (distinct ?x257 0.0) true)))
 (=> $x289 (= (* div!2 ?x257) (+ 0.0 0.0))))))
(assert
 (let (($x293 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x293 (= (* div!3 ts_sqrt!0) x1_0))))
(assert
 (let (($x293 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x293 (= (* div!4 ts_sqrt!0) (- 0.0 (* div!3 div!1))))))
(assert
 (let (($x300 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x300 (= (* div!5 ts_sqrt!1) x1_1))))
(assert
 (let (($x300 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x300 (= (* div!6 ts_sqrt!1) (- 0.0 (* div!5 div!2))))))
(assert
 (let (($x116 (>= ts_sqrt!0 0.0)))
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (let (($x35 (>= ?x31 0.0)))
 (=> $x35 (and $x116 (= (* ts_sqrt!0 ts_sqrt!0) ?x31)))))))
(assert
 (let (($x232 (>= ts_sqrt!1 0.0)))
 (let ((?x33 (+ x4_1 (/ 1.0 100000.0))))
 (let (($x50 (>= ?x33 0.0)))
 (=> $x50 (and $x232 (= (* ts_sqrt!1 ts_sqrt!1) ?x33)))))))
(assert
 (let (($x293 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x293 (= 1.0 (* div!7 ts_sqrt!0)))))
(assert
 (let (($x300 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x300 (= 1.0 (* div!8 ts_sqrt!1)))))
(assert
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (>= ?x31 0.0)))
(assert
 (let ((?x280 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x280 0.0) true)))
(assert
 (let ((?x33 (+ x4_1 (/ 1.0 100000.0))))
 (>= ?x33 0.0)))
(assert
 (let ((?x257 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x257 0.0) true)))
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
 (let ((?x137 (* x1_0 div!7)))
 (let ((?x160 (* w_1_0 ?x137)))
 (let ((?x216 (* (- 1.0) x3_1)))
 (let ((?x223 (+ x0_1_1 ?x216)))
 (let ((?x225 (* div!6 w_1_1 ?x223)))
 (let ((?x217 (+ x0_0_1 ?x216)))
 (let ((?x219 (* div!6 w_0_1 ?x217)))
 (let ((?x211 (* (- 1.0) x3_0)))
 (let ((?x212 (+ x0_0_0 ?x211)))
 (let ((?x236 (* div!4 w_0_0 ?x212)))
 (let ((?x246 (+ ?x236 ?x219 (* w_1_0 (+ div!3 (* div!4 (+ x0_1_0 ?x211)))) ?x225)))
 (let (($x209 (= ?x246 ?x160)))
 (not $x209))))))))))))))
(assert
 (let (($x313 (= ts_sqrt!0 ts_sqrt!1)))
(=> (and (= (+ x4_0 (/ 1.0 100000.0)) (+ x4_1 (/ 1.0 100000.0)))) $x313)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x4_0 () Real)
(declare-fun ts_sqrt!0 () Real)
(declare-fun div!1 () Real)
(declare-fun x4_1 () Real)
(declare-fun ts_sqrt!1 () Real)
(declare-fun div!2 () Real)
(declare-fun x1_0 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun x1_1 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun w_1_1 () Real)
(declare-fun x3_1 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x3_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun w_1_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun w_0_1 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun w_0_0 () Real)
(assert
 (let (($x116 (>= ts_sqrt!0 0.0)))
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (let (($x35 (>= ?x31 0.0)))
 (=> $x35 (and $x116 (= (* ts_sqrt!0 ts_sqrt!0) ?x31)))))))
(assert
 (let ((?x280 (* 2.0 ts_sqrt!0)))
 (let (($x271 (and (distinct ?x280 0.0) true)))
 (=> $x271 (= (* div!1 ?x280) (+ 0.0 0.0))))))
(assert
 (let (($x232 (>= ts_sqrt!1 0.0)))
 (let ((?x33 (+ x4_1 (/ 1.0 100000.0))))
 (let (($x50 (>= ?x33 0.0)))
 (=> $x50 (and $x232 (= (* ts_sqrt!1 ts_sqrt!1) ?x33)))))))
(assert
 (let ((?x257 (* 2.0 ts_sqrt!1)))
 (let (($x289 (and (distinct ?x257 0.0) true)))
 (=> $x289 (= (* div!2 ?x257) (+ 0.0 0.0))))))
(assert
 (let (($x293 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x293 (= (* div!3 ts_sqrt!0) x1_0))))
(assert
 (let (($x293 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x293 (= (* div!4 ts_sqrt!0) (- 0.0 (* div!3 div!1))))))
(assert
 (let (($x300 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x300 (= (* div!5 ts_sqrt!1) x1_1))))
(assert
 (let (($x300 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x300 (= (* div!6 ts_sqrt!1) (- 0.0 (* div!5 div!2))))))
(assert
 (let (($x116 (>= ts_sqrt!0 0.0)))
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (let (($x35 (>= ?x31 0.0)))
 (=> $x35 (and $x116 (= (* ts_sqrt!0 ts_sqrt!0) ?x31)))))))
(assert
 (let (($x232 (>= ts_sqrt!1 0.0)))
 (let ((?x33 (+ x4_1 (/ 1.0 100000.0))))
 (let (($x50 (>= ?x33 0.0)))
 (=> $x50 (and $x232 (= (* ts_sqrt!1 ts_sqrt!1) ?x33)))))))
(assert
 (let (($x293 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x293 (= 1.0 (* div!7 ts_sqrt!0)))))
(assert
 (let (($x300 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x300 (= 1.0 (* div!8 ts_sqrt!1)))))
(assert
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (>= ?x31 0.0)))
(assert
 (let ((?x280 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x280 0.0) true)))
(assert
 (let ((?x33 (+ x4_1 (/ 1.0 100000.0))))
 (>= ?x33 0.0)))
(assert
 (let ((?x257 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x257 0.0) true)))
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
 (let ((?x138 (* x1_1 div!8)))
 (let ((?x161 (* w_1_1 ?x138)))
 (let ((?x211 (* (- 1.0) x3_0)))
 (let ((?x220 (+ x0_1_0 ?x211)))
 (let ((?x222 (* div!4 w_1_0 ?x220)))
 (let ((?x216 (* (- 1.0) x3_1)))
 (let ((?x217 (+ x0_0_1 ?x216)))
 (let ((?x219 (* div!6 w_0_1 ?x217)))
 (let ((?x212 (+ x0_0_0 ?x211)))
 (let ((?x236 (* div!4 w_0_0 ?x212)))
 (let ((?x250 (+ ?x236 ?x219 ?x222 (* w_1_1 (+ div!5 (* div!6 (+ x0_1_1 ?x216)))))))
 (let (($x218 (= ?x250 ?x161)))
 (not $x218))))))))))))))
(assert
 (let (($x313 (= ts_sqrt!0 ts_sqrt!1)))
(=> (and (= (+ x4_0 (/ 1.0 100000.0)) (+ x4_1 (/ 1.0 100000.0)))) $x313)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x4_0 () Real)
(declare-fun ts_sqrt!0 () Real)
(declare-fun div!1 () Real)
(declare-fun x4_1 () Real)
(declare-fun ts_sqrt!1 () Real)
(declare-fun div!2 () Real)
(declare-fun x1_0 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun x1_1 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun x3_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun w_1_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun w_0_0 () Real)
(declare-fun x3_1 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun w_1_1 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun w_0_1 () Real)
(assert
 (let (($x116 (>= ts_sqrt!0 0.0)))
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (let (($x35 (>= ?x31 0.0)))
 (=> $x35 (and $x116 (= (* ts_sqrt!0 ts_sqrt!0) ?x31)))))))
(assert
 (let ((?x280 (* 2.0 ts_sqrt!0)))
 (let (($x271 (and (distinct ?x280 0.0) true)))
 (=> $x271 (= (* div!1 ?x280) (+ 0.0 0.0))))))
(assert
 (let (($x232 (>= ts_sqrt!1 0.0)))
 (let ((?x33 (+ x4_1 (/ 1.0 100000.0))))
 (let (($x50 (>= ?x33 0.0)))
 (=> $x50 (and $x232 (= (* ts_sqrt!1 ts_sqrt!1) ?x33)))))))
(assert
 (let ((?x257 (* 2.0 ts_sqrt!1)))
 (let (($x289 (and (distinct ?x257 0.0) true)))
 (=> $x289 (= (* div!2 ?x257) (+ 0.0 0.0))))))
(assert
 (let (($x293 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x293 (= (* div!3 ts_sqrt!0) x1_0))))
(assert
 (let (($x293 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x293 (= (* div!4 ts_sqrt!0) (- 1.0 (* div!3 div!1))))))
(assert
 (let (($x300 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x300 (= (* div!5 ts_sqrt!1) x1_1))))
(assert
 (let (($x300 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x300 (= (* div!6 ts_sqrt!1) (- 0.0 (* div!5 div!2))))))
(assert
 (let (($x116 (>= ts_sqrt!0 0.0)))
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (let (($x35 (>= ?x31 0.0)))
 (=> $x35 (and $x116 (= (* ts_sqrt!0 ts_sqrt!0) ?x31)))))))
(assert
 (let (($x232 (>= ts_sqrt!1 0.0)))
 (let ((?x33 (+ x4_1 (/ 1.0 100000.0))))
 (let (($x50 (>= ?x33 0.0)))
 (=> $x50 (and $x232 (= (* ts_sqrt!1 ts_sqrt!1) ?x33)))))))
(assert
 (let (($x293 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x293 (= 1.0 (* div!7 ts_sqrt!0)))))
(assert
 (let (($x300 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x300 (= 1.0 (* div!8 ts_sqrt!1)))))
(assert
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (>= ?x31 0.0)))
(assert
 (let ((?x280 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x280 0.0) true)))
(assert
 (let ((?x33 (+ x4_1 (/ 1.0 100000.0))))
 (>= ?x33 0.0)))
(assert
 (let ((?x257 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x257 0.0) true)))
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
 (let ((?x145 (+ (* w_0_0 (- x0_0_0 x3_0)) (* w_1_0 (- x0_1_0 x3_0)))))
 (let ((?x162 (* ?x145 div!7)))
 (let ((?x216 (* (- 1.0) x3_1)))
 (let ((?x223 (+ x0_1_1 ?x216)))
 (let ((?x225 (* div!6 w_1_1 ?x223)))
 (let ((?x211 (* (- 1.0) x3_0)))
 (let ((?x220 (+ x0_1_0 ?x211)))
 (let ((?x222 (* div!4 w_1_0 ?x220)))
 (let ((?x217 (+ x0_0_1 ?x216)))
 (let ((?x219 (* div!6 w_0_1 ?x217)))
 (let ((?x212 (+ x0_0_0 ?x211)))
 (let ((?x236 (* div!4 w_0_0 ?x212)))
 (let ((?x245 (+ ?x236 ?x219 ?x222 ?x225)))
 (let (($x224 (= ?x245 ?x162)))
 (not $x224))))))))))))))))
(assert
 (let (($x313 (= ts_sqrt!0 ts_sqrt!1)))
(=> (and (= (+ x4_0 (/ 1.0 100000.0)) (+ x4_1 (/ 1.0 100000.0)))) $x313)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x4_0 () Real)
(declare-fun ts_sqrt!0 () Real)
(declare-fun div!1 () Real)
(declare-fun x4_1 () Real)
(declare-fun ts_sqrt!1 () Real)
(declare-fun div!2 () Real)
(declare-fun x1_0 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun x1_1 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun x3_1 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun w_1_1 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun w_0_1 () Real)
(declare-fun x3_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun w_1_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun w_0_0 () Real)
(assert
 (let (($x116 (>= ts_sqrt!0 0.0)))
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (let (($x35 (>= ?x31 0.0)))
 (=> $x35 (and $x116 (= (* ts_sqrt!0 ts_sqrt!0) ?x31)))))))
(assert
 (let ((?x280 (* 2.0 ts_sqrt!0)))
 (let (($x271 (and (distinct ?x280 0.0) true)))
 (=> $x271 (= (* div!1 ?x280) (+ 0.0 0.0))))))
(assert
 (let (($x232 (>= ts_sqrt!1 0.0)))
 (let ((?x33 (+ x4_1 (/ 1.0 100000.0))))
 (let (($x50 (>= ?x33 0.0)))
 (=> $x50 (and $x232 (= (* ts_sqrt!1 ts_sqrt!1) ?x33)))))))
(assert
 (let ((?x257 (* 2.0 ts_sqrt!1)))
 (let (($x289 (and (distinct ?x257 0.0) true)))
 (=> $x289 (= (* div!2 ?x257) (+ 0.0 0.0))))))
(assert
 (let (($x293 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x293 (= (* div!3 ts_sqrt!0) x1_0))))
(assert
 (let (($x293 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x293 (= (* div!4 ts_sqrt!0) (- 0.0 (* div!3 div!1))))))
(assert
 (let (($x300 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x300 (= (* div!5 ts_sqrt!1) x1_1))))
(assert
 (let (($x300 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x300 (= (* div!6 ts_sqrt!1) (- 1.0 (* div!5 div!2))))))
(assert
 (let (($x116 (>= ts_sqrt!0 0.0)))
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (let (($x35 (>= ?x31 0.0)))
 (=> $x35 (and $x116 (= (* ts_sqrt!0 ts_sqrt!0) ?x31)))))))
(assert
 (let (($x232 (>= ts_sqrt!1 0.0)))
 (let ((?x33 (+ x4_1 (/ 1.0 100000.0))))
 (let (($x50 (>= ?x33 0.0)))
 (=> $x50 (and $x232 (= (* ts_sqrt!1 ts_sqrt!1) ?x33)))))))
(assert
 (let (($x293 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x293 (= 1.0 (* div!7 ts_sqrt!0)))))
(assert
 (let (($x300 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x300 (= 1.0 (* div!8 ts_sqrt!1)))))
(assert
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (>= ?x31 0.0)))
(assert
 (let ((?x280 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x280 0.0) true)))
(assert
 (let ((?x33 (+ x4_1 (/ 1.0 100000.0))))
 (>= ?x33 0.0)))
(assert
 (let ((?x257 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x257 0.0) true)))
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
 (let ((?x146 (+ (* w_0_1 (- x0_0_1 x3_1)) (* w_1_1 (- x0_1_1 x3_1)))))
 (let ((?x163 (* ?x146 div!8)))
 (let ((?x216 (* (- 1.0) x3_1)))
 (let ((?x223 (+ x0_1_1 ?x216)))
 (let ((?x225 (* div!6 w_1_1 ?x223)))
 (let ((?x211 (* (- 1.0) x3_0)))
 (let ((?x220 (+ x0_1_0 ?x211)))
 (let ((?x222 (* div!4 w_1_0 ?x220)))
 (let ((?x217 (+ x0_0_1 ?x216)))
 (let ((?x219 (* div!6 w_0_1 ?x217)))
 (let ((?x212 (+ x0_0_0 ?x211)))
 (let ((?x236 (* div!4 w_0_0 ?x212)))
 (let ((?x245 (+ ?x236 ?x219 ?x222 ?x225)))
 (let (($x235 (= ?x245 ?x163)))
 (not $x235))))))))))))))))
(assert
 (let (($x313 (= ts_sqrt!0 ts_sqrt!1)))
(=> (and (= (+ x4_0 (/ 1.0 100000.0)) (+ x4_1 (/ 1.0 100000.0)))) $x313)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x4_0 () Real)
(declare-fun ts_sqrt!0 () Real)
(declare-fun div!1 () Real)
(declare-fun x4_1 () Real)
(declare-fun ts_sqrt!1 () Real)
(declare-fun div!2 () Real)
(declare-fun x1_0 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun x1_1 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun w_1_0 () Real)
(declare-fun w_0_0 () Real)
(declare-fun x3_1 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun w_1_1 () Real)
(declare-fun x3_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun w_0_1 () Real)
(declare-fun x0_0_0 () Real)
(assert
 (let (($x116 (>= ts_sqrt!0 0.0)))
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (let (($x35 (>= ?x31 0.0)))
 (=> $x35 (and $x116 (= (* ts_sqrt!0 ts_sqrt!0) ?x31)))))))
(assert
 (let ((?x280 (* 2.0 ts_sqrt!0)))
 (let (($x271 (and (distinct ?x280 0.0) true)))
 (=> $x271 (= (* div!1 ?x280) (+ 0.0 0.0))))))
(assert
 (let (($x232 (>= ts_sqrt!1 0.0)))
 (let ((?x33 (+ x4_1 (/ 1.0 100000.0))))
 (let (($x50 (>= ?x33 0.0)))
 (=> $x50 (and $x232 (= (* ts_sqrt!1 ts_sqrt!1) ?x33)))))))
(assert
 (let ((?x257 (* 2.0 ts_sqrt!1)))
 (let (($x289 (and (distinct ?x257 0.0) true)))
 (=> $x289 (= (* div!2 ?x257) (+ 0.0 0.0))))))
(assert
 (let (($x293 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x293 (= (* div!3 ts_sqrt!0) x1_0))))
(assert
 (let (($x293 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x293 (= (* div!4 ts_sqrt!0) (- 0.0 (* div!3 div!1))))))
(assert
 (let (($x300 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x300 (= (* div!5 ts_sqrt!1) x1_1))))
(assert
 (let (($x300 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x300 (= (* div!6 ts_sqrt!1) (- 0.0 (* div!5 div!2))))))
(assert
 (let (($x116 (>= ts_sqrt!0 0.0)))
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (let (($x35 (>= ?x31 0.0)))
 (=> $x35 (and $x116 (= (* ts_sqrt!0 ts_sqrt!0) ?x31)))))))
(assert
 (let (($x232 (>= ts_sqrt!1 0.0)))
 (let ((?x33 (+ x4_1 (/ 1.0 100000.0))))
 (let (($x50 (>= ?x33 0.0)))
 (=> $x50 (and $x232 (= (* ts_sqrt!1 ts_sqrt!1) ?x33)))))))
(assert
 (let (($x293 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x293 (= 1.0 (* div!7 ts_sqrt!0)))))
(assert
 (let (($x300 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x300 (= 1.0 (* div!8 ts_sqrt!1)))))
(assert
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (>= ?x31 0.0)))
(assert
 (let ((?x280 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x280 0.0) true)))
(assert
 (let ((?x33 (+ x4_1 (/ 1.0 100000.0))))
 (>= ?x33 0.0)))
(assert
 (let ((?x257 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x257 0.0) true)))
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
 (let ((?x139 (+ w_0_0 w_1_0)))
 (let ((?x216 (* (- 1.0) x3_1)))
 (let ((?x223 (+ x0_1_1 ?x216)))
 (let ((?x225 (* div!6 w_1_1 ?x223)))
 (let ((?x217 (+ x0_0_1 ?x216)))
 (let ((?x219 (* div!6 w_0_1 ?x217)))
 (let ((?x263 (+ (* w_0_0 (+ 1.0 (* div!4 (+ x0_0_0 (* (- 1.0) x3_0))))) ?x219 (* w_1_0 (+ 1.0 (* div!4 (+ x0_1_0 (* (- 1.0) x3_0))))) ?x225)))
 (let (($x253 (= ?x263 ?x139)))
 (not $x253))))))))))
(assert
 (let (($x313 (= ts_sqrt!0 ts_sqrt!1)))
(=> (and (= (+ x4_0 (/ 1.0 100000.0)) (+ x4_1 (/ 1.0 100000.0)))) $x313)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x4_0 () Real)
(declare-fun ts_sqrt!0 () Real)
(declare-fun div!1 () Real)
(declare-fun x4_1 () Real)
(declare-fun ts_sqrt!1 () Real)
(declare-fun div!2 () Real)
(declare-fun x1_0 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun x1_1 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun w_1_1 () Real)
(declare-fun w_0_1 () Real)
(declare-fun x3_1 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x3_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun w_1_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun w_0_0 () Real)
(assert
 (let (($x116 (>= ts_sqrt!0 0.0)))
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (let (($x35 (>= ?x31 0.0)))
 (=> $x35 (and $x116 (= (* ts_sqrt!0 ts_sqrt!0) ?x31)))))))
(assert
 (let ((?x280 (* 2.0 ts_sqrt!0)))
 (let (($x271 (and (distinct ?x280 0.0) true)))
 (=> $x271 (= (* div!1 ?x280) (+ 0.0 0.0))))))
(assert
 (let (($x232 (>= ts_sqrt!1 0.0)))
 (let ((?x33 (+ x4_1 (/ 1.0 100000.0))))
 (let (($x50 (>= ?x33 0.0)))
 (=> $x50 (and $x232 (= (* ts_sqrt!1 ts_sqrt!1) ?x33)))))))
(assert
 (let ((?x257 (* 2.0 ts_sqrt!1)))
 (let (($x289 (and (distinct ?x257 0.0) true)))
 (=> $x289 (= (* div!2 ?x257) (+ 0.0 0.0))))))
(assert
 (let (($x293 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x293 (= (* div!3 ts_sqrt!0) x1_0))))
(assert
 (let (($x293 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x293 (= (* div!4 ts_sqrt!0) (- 0.0 (* div!3 div!1))))))
(assert
 (let (($x300 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x300 (= (* div!5 ts_sqrt!1) x1_1))))
(assert
 (let (($x300 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x300 (= (* div!6 ts_sqrt!1) (- 0.0 (* div!5 div!2))))))
(assert
 (let (($x116 (>= ts_sqrt!0 0.0)))
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (let (($x35 (>= ?x31 0.0)))
 (=> $x35 (and $x116 (= (* ts_sqrt!0 ts_sqrt!0) ?x31)))))))
(assert
 (let (($x232 (>= ts_sqrt!1 0.0)))
 (let ((?x33 (+ x4_1 (/ 1.0 100000.0))))
 (let (($x50 (>= ?x33 0.0)))
 (=> $x50 (and $x232 (= (* ts_sqrt!1 ts_sqrt!1) ?x33)))))))
(assert
 (let (($x293 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x293 (= 1.0 (* div!7 ts_sqrt!0)))))
(assert
 (let (($x300 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x300 (= 1.0 (* div!8 ts_sqrt!1)))))
(assert
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (>= ?x31 0.0)))
(assert
 (let ((?x280 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x280 0.0) true)))
(assert
 (let ((?x33 (+ x4_1 (/ 1.0 100000.0))))
 (>= ?x33 0.0)))
(assert
 (let ((?x257 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x257 0.0) true)))
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
 (let ((?x140 (+ w_0_1 w_1_1)))
 (let ((?x211 (* (- 1.0) x3_0)))
 (let ((?x220 (+ x0_1_0 ?x211)))
 (let ((?x222 (* div!4 w_1_0 ?x220)))
 (let ((?x212 (+ x0_0_0 ?x211)))
 (let ((?x236 (* div!4 w_0_0 ?x212)))
 (let ((?x269 (+ ?x236 (* w_0_1 (+ 1.0 (* div!6 (+ x0_0_1 (* (- 1.0) x3_1))))) ?x222 (* w_1_1 (+ 1.0 (* div!6 (+ x0_1_1 (* (- 1.0) x3_1))))))))
 (let (($x233 (= ?x269 ?x140)))
 (not $x233))))))))))
(assert
 (let (($x313 (= ts_sqrt!0 ts_sqrt!1)))
(=> (and (= (+ x4_0 (/ 1.0 100000.0)) (+ x4_1 (/ 1.0 100000.0)))) $x313)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x4_0 () Real)
(declare-fun ts_sqrt!0 () Real)
(declare-fun div!1 () Real)
(declare-fun x4_1 () Real)
(declare-fun ts_sqrt!1 () Real)
(declare-fun div!2 () Real)
(declare-fun x1_0 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun x1_1 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun w_1_0 () Real)
(declare-fun w_0_0 () Real)
(declare-fun x3_1 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun w_1_1 () Real)
(declare-fun x3_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun w_0_1 () Real)
(declare-fun x0_0_0 () Real)
(assert
 (let (($x116 (>= ts_sqrt!0 0.0)))
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (let (($x35 (>= ?x31 0.0)))
 (=> $x35 (and $x116 (= (* ts_sqrt!0 ts_sqrt!0) ?x31)))))))
(assert
 (let ((?x280 (* 2.0 ts_sqrt!0)))
 (let (($x271 (and (distinct ?x280 0.0) true)))
 (=> $x271 (= (* div!1 ?x280) (+ 0.0 0.0))))))
(assert
 (let (($x232 (>= ts_sqrt!1 0.0)))
 (let ((?x33 (+ x4_1 (/ 1.0 100000.0))))
 (let (($x50 (>= ?x33 0.0)))
 (=> $x50 (and $x232 (= (* ts_sqrt!1 ts_sqrt!1) ?x33)))))))
(assert
 (let ((?x257 (* 2.0 ts_sqrt!1)))
 (let (($x289 (and (distinct ?x257 0.0) true)))
 (=> $x289 (= (* div!2 ?x257) (+ 0.0 0.0))))))
(assert
 (let (($x293 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x293 (= (* div!3 ts_sqrt!0) x1_0))))
(assert
 (let (($x293 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x293 (= (* div!4 ts_sqrt!0) (- 0.0 (* div!3 div!1))))))
(assert
 (let (($x300 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x300 (= (* div!5 ts_sqrt!1) x1_1))))
(assert
 (let (($x300 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x300 (= (* div!6 ts_sqrt!1) (- 0.0 (* div!5 div!2))))))
(assert
 (let (($x116 (>= ts_sqrt!0 0.0)))
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (let (($x35 (>= ?x31 0.0)))
 (=> $x35 (and $x116 (= (* ts_sqrt!0 ts_sqrt!0) ?x31)))))))
(assert
 (let (($x232 (>= ts_sqrt!1 0.0)))
 (let ((?x33 (+ x4_1 (/ 1.0 100000.0))))
 (let (($x50 (>= ?x33 0.0)))
 (=> $x50 (and $x232 (= (* ts_sqrt!1 ts_sqrt!1) ?x33)))))))
(assert
 (let (($x293 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x293 (= 1.0 (* div!7 ts_sqrt!0)))))
(assert
 (let (($x300 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x300 (= 1.0 (* div!8 ts_sqrt!1)))))
(assert
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (>= ?x31 0.0)))
(assert
 (let ((?x280 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x280 0.0) true)))
(assert
 (let ((?x33 (+ x4_1 (/ 1.0 100000.0))))
 (>= ?x33 0.0)))
(assert
 (let ((?x257 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x257 0.0) true)))
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
 (let ((?x166 (- (* (+ w_0_0 w_1_0) (* x1_0 div!7)))))
 (let ((?x216 (* (- 1.0) x3_1)))
 (let ((?x223 (+ x0_1_1 ?x216)))
 (let ((?x225 (* div!6 w_1_1 ?x223)))
 (let ((?x278 (* w_1_0 (+ (* (- 1.0) div!3) (* div!4 (+ x0_1_0 (* (- 1.0) x3_0)))))))
 (let ((?x217 (+ x0_0_1 ?x216)))
 (let ((?x219 (* div!6 w_0_1 ?x217)))
 (let ((?x276 (* w_0_0 (+ (* (- 1.0) div!3) (* div!4 (+ x0_0_0 (* (- 1.0) x3_0)))))))
 (let (($x227 (= (+ ?x276 ?x219 ?x278 ?x225) ?x166)))
 (not $x227)))))))))))
(assert
 (let (($x313 (= ts_sqrt!0 ts_sqrt!1)))
(=> (and (= (+ x4_0 (/ 1.0 100000.0)) (+ x4_1 (/ 1.0 100000.0)))) $x313)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x4_0 () Real)
(declare-fun ts_sqrt!0 () Real)
(declare-fun div!1 () Real)
(declare-fun x4_1 () Real)
(declare-fun ts_sqrt!1 () Real)
(declare-fun div!2 () Real)
(declare-fun x1_0 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun x1_1 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun w_1_1 () Real)
(declare-fun w_0_1 () Real)
(declare-fun x3_1 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x3_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun w_1_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun w_0_0 () Real)
(assert
 (let (($x116 (>= ts_sqrt!0 0.0)))
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (let (($x35 (>= ?x31 0.0)))
 (=> $x35 (and $x116 (= (* ts_sqrt!0 ts_sqrt!0) ?x31)))))))
(assert
 (let ((?x280 (* 2.0 ts_sqrt!0)))
 (let (($x271 (and (distinct ?x280 0.0) true)))
 (=> $x271 (= (* div!1 ?x280) (+ 0.0 0.0))))))
(assert
 (let (($x232 (>= ts_sqrt!1 0.0)))
 (let ((?x33 (+ x4_1 (/ 1.0 100000.0))))
 (let (($x50 (>= ?x33 0.0)))
 (=> $x50 (and $x232 (= (* ts_sqrt!1 ts_sqrt!1) ?x33)))))))
(assert
 (let ((?x257 (* 2.0 ts_sqrt!1)))
 (let (($x289 (and (distinct ?x257 0.0) true)))
 (=> $x289 (= (* div!2 ?x257) (+ 0.0 0.0))))))
(assert
 (let (($x293 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x293 (= (* div!3 ts_sqrt!0) x1_0))))
(assert
 (let (($x293 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x293 (= (* div!4 ts_sqrt!0) (- 0.0 (* div!3 div!1))))))
(assert
 (let (($x300 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x300 (= (* div!5 ts_sqrt!1) x1_1))))
(assert
 (let (($x300 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x300 (= (* div!6 ts_sqrt!1) (- 0.0 (* div!5 div!2))))))
(assert
 (let (($x116 (>= ts_sqrt!0 0.0)))
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (let (($x35 (>= ?x31 0.0)))
 (=> $x35 (and $x116 (= (* ts_sqrt!0 ts_sqrt!0) ?x31)))))))
(assert
 (let (($x232 (>= ts_sqrt!1 0.0)))
 (let ((?x33 (+ x4_1 (/ 1.0 100000.0))))
 (let (($x50 (>= ?x33 0.0)))
 (=> $x50 (and $x232 (= (* ts_sqrt!1 ts_sqrt!1) ?x33)))))))
(assert
 (let (($x293 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x293 (= 1.0 (* div!7 ts_sqrt!0)))))
(assert
 (let (($x300 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x300 (= 1.0 (* div!8 ts_sqrt!1)))))
(assert
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (>= ?x31 0.0)))
(assert
 (let ((?x280 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x280 0.0) true)))
(assert
 (let ((?x33 (+ x4_1 (/ 1.0 100000.0))))
 (>= ?x33 0.0)))
(assert
 (let ((?x257 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x257 0.0) true)))
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
 (let ((?x167 (- (* (+ w_0_1 w_1_1) (* x1_1 div!8)))))
 (let ((?x285 (* w_1_1 (+ (* (- 1.0) div!5) (* div!6 (+ x0_1_1 (* (- 1.0) x3_1)))))))
 (let ((?x211 (* (- 1.0) x3_0)))
 (let ((?x220 (+ x0_1_0 ?x211)))
 (let ((?x222 (* div!4 w_1_0 ?x220)))
 (let ((?x283 (* w_0_1 (+ (* (- 1.0) div!5) (* div!6 (+ x0_0_1 (* (- 1.0) x3_1)))))))
 (let ((?x212 (+ x0_0_0 ?x211)))
 (let ((?x236 (* div!4 w_0_0 ?x212)))
 (let (($x230 (= (+ ?x236 ?x283 ?x222 ?x285) ?x167)))
 (not $x230)))))))))))
(assert
 (let (($x313 (= ts_sqrt!0 ts_sqrt!1)))
(=> (and (= (+ x4_0 (/ 1.0 100000.0)) (+ x4_1 (/ 1.0 100000.0)))) $x313)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x4_0 () Real)
(declare-fun ts_sqrt!0 () Real)
(declare-fun div!1 () Real)
(declare-fun x4_1 () Real)
(declare-fun ts_sqrt!1 () Real)
(declare-fun div!2 () Real)
(declare-fun x1_0 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun x1_1 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun x3_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun w_1_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun w_0_0 () Real)
(declare-fun x3_1 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun w_1_1 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun w_0_1 () Real)
(assert
 (let (($x116 (>= ts_sqrt!0 0.0)))
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (let (($x35 (>= ?x31 0.0)))
 (=> $x35 (and $x116 (= (* ts_sqrt!0 ts_sqrt!0) ?x31)))))))
(assert
 (let ((?x280 (* 2.0 ts_sqrt!0)))
 (let (($x271 (and (distinct ?x280 0.0) true)))
 (=> $x271 (= (* div!1 ?x280) (+ 1.0 0.0))))))
(assert
 (let (($x232 (>= ts_sqrt!1 0.0)))
 (let ((?x33 (+ x4_1 (/ 1.0 100000.0))))
 (let (($x50 (>= ?x33 0.0)))
 (=> $x50 (and $x232 (= (* ts_sqrt!1 ts_sqrt!1) ?x33)))))))
(assert
 (let ((?x257 (* 2.0 ts_sqrt!1)))
 (let (($x289 (and (distinct ?x257 0.0) true)))
 (=> $x289 (= (* div!2 ?x257) (+ 0.0 0.0))))))
(assert
 (let (($x293 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x293 (= (* div!3 ts_sqrt!0) x1_0))))
(assert
 (let (($x293 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x293 (= (* div!4 ts_sqrt!0) (- 0.0 (* div!3 div!1))))))
(assert
 (let (($x300 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x300 (= (* div!5 ts_sqrt!1) x1_1))))
(assert
 (let (($x300 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x300 (= (* div!6 ts_sqrt!1) (- 0.0 (* div!5 div!2))))))
(assert
 (let (($x116 (>= ts_sqrt!0 0.0)))
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (let (($x35 (>= ?x31 0.0)))
 (=> $x35 (and $x116 (= (* ts_sqrt!0 ts_sqrt!0) ?x31)))))))
(assert
 (let (($x232 (>= ts_sqrt!1 0.0)))
 (let ((?x33 (+ x4_1 (/ 1.0 100000.0))))
 (let (($x50 (>= ?x33 0.0)))
 (=> $x50 (and $x232 (= (* ts_sqrt!1 ts_sqrt!1) ?x33)))))))
(assert
 (let (($x293 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x293 (= 1.0 (* div!7 ts_sqrt!0)))))
(assert
 (let (($x300 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x300 (= 1.0 (* div!8 ts_sqrt!1)))))
(assert
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (>= ?x31 0.0)))
(assert
 (let ((?x280 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x280 0.0) true)))
(assert
 (let ((?x33 (+ x4_1 (/ 1.0 100000.0))))
 (>= ?x33 0.0)))
(assert
 (let ((?x257 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x257 0.0) true)))
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
 (let ((?x145 (+ (* w_0_0 (- x0_0_0 x3_0)) (* w_1_0 (- x0_1_0 x3_0)))))
 (let ((?x156 (* (* ?x145 x1_0) (* (- (/ 1.0 2.0)) (* div!7 (* div!7 div!7))))))
 (let ((?x216 (* (- 1.0) x3_1)))
 (let ((?x223 (+ x0_1_1 ?x216)))
 (let ((?x225 (* div!6 w_1_1 ?x223)))
 (let ((?x211 (* (- 1.0) x3_0)))
 (let ((?x220 (+ x0_1_0 ?x211)))
 (let ((?x222 (* div!4 w_1_0 ?x220)))
 (let ((?x217 (+ x0_0_1 ?x216)))
 (let ((?x219 (* div!6 w_0_1 ?x217)))
 (let ((?x212 (+ x0_0_0 ?x211)))
 (let ((?x236 (* div!4 w_0_0 ?x212)))
 (let ((?x245 (+ ?x236 ?x219 ?x222 ?x225)))
 (let (($x200 (= ?x245 ?x156)))
 (not $x200))))))))))))))))
(assert
 (let (($x313 (= ts_sqrt!0 ts_sqrt!1)))
(=> (and (= (+ x4_0 (/ 1.0 100000.0)) (+ x4_1 (/ 1.0 100000.0)))) $x313)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x4_0 () Real)
(declare-fun ts_sqrt!0 () Real)
(declare-fun div!1 () Real)
(declare-fun x4_1 () Real)
(declare-fun ts_sqrt!1 () Real)
(declare-fun div!2 () Real)
(declare-fun x1_0 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun x1_1 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun x3_1 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun w_1_1 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun w_0_1 () Real)
(declare-fun x3_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun w_1_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun w_0_0 () Real)
(assert
 (let (($x116 (>= ts_sqrt!0 0.0)))
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (let (($x35 (>= ?x31 0.0)))
 (=> $x35 (and $x116 (= (* ts_sqrt!0 ts_sqrt!0) ?x31)))))))
(assert
 (let ((?x280 (* 2.0 ts_sqrt!0)))
 (let (($x271 (and (distinct ?x280 0.0) true)))
 (=> $x271 (= (* div!1 ?x280) (+ 0.0 0.0))))))
(assert
 (let (($x232 (>= ts_sqrt!1 0.0)))
 (let ((?x33 (+ x4_1 (/ 1.0 100000.0))))
 (let (($x50 (>= ?x33 0.0)))
 (=> $x50 (and $x232 (= (* ts_sqrt!1 ts_sqrt!1) ?x33)))))))
(assert
 (let ((?x257 (* 2.0 ts_sqrt!1)))
 (let (($x289 (and (distinct ?x257 0.0) true)))
 (=> $x289 (= (* div!2 ?x257) (+ 1.0 0.0))))))
(assert
 (let (($x293 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x293 (= (* div!3 ts_sqrt!0) x1_0))))
(assert
 (let (($x293 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x293 (= (* div!4 ts_sqrt!0) (- 0.0 (* div!3 div!1))))))
(assert
 (let (($x300 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x300 (= (* div!5 ts_sqrt!1) x1_1))))
(assert
 (let (($x300 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x300 (= (* div!6 ts_sqrt!1) (- 0.0 (* div!5 div!2))))))
(assert
 (let (($x116 (>= ts_sqrt!0 0.0)))
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (let (($x35 (>= ?x31 0.0)))
 (=> $x35 (and $x116 (= (* ts_sqrt!0 ts_sqrt!0) ?x31)))))))
(assert
 (let (($x232 (>= ts_sqrt!1 0.0)))
 (let ((?x33 (+ x4_1 (/ 1.0 100000.0))))
 (let (($x50 (>= ?x33 0.0)))
 (=> $x50 (and $x232 (= (* ts_sqrt!1 ts_sqrt!1) ?x33)))))))
(assert
 (let (($x293 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x293 (= 1.0 (* div!7 ts_sqrt!0)))))
(assert
 (let (($x300 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x300 (= 1.0 (* div!8 ts_sqrt!1)))))
(assert
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (>= ?x31 0.0)))
(assert
 (let ((?x280 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x280 0.0) true)))
(assert
 (let ((?x33 (+ x4_1 (/ 1.0 100000.0))))
 (>= ?x33 0.0)))
(assert
 (let ((?x257 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x257 0.0) true)))
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
 (let ((?x146 (+ (* w_0_1 (- x0_0_1 x3_1)) (* w_1_1 (- x0_1_1 x3_1)))))
 (let ((?x157 (* (* ?x146 x1_1) (* (- (/ 1.0 2.0)) (* div!8 (* div!8 div!8))))))
 (let ((?x216 (* (- 1.0) x3_1)))
 (let ((?x223 (+ x0_1_1 ?x216)))
 (let ((?x225 (* div!6 w_1_1 ?x223)))
 (let ((?x211 (* (- 1.0) x3_0)))
 (let ((?x220 (+ x0_1_0 ?x211)))
 (let ((?x222 (* div!4 w_1_0 ?x220)))
 (let ((?x217 (+ x0_0_1 ?x216)))
 (let ((?x219 (* div!6 w_0_1 ?x217)))
 (let ((?x212 (+ x0_0_0 ?x211)))
 (let ((?x236 (* div!4 w_0_0 ?x212)))
 (let ((?x245 (+ ?x236 ?x219 ?x222 ?x225)))
 (let (($x229 (= ?x245 ?x157)))
 (not $x229))))))))))))))))
(assert
 (let (($x313 (= ts_sqrt!0 ts_sqrt!1)))
(=> (and (= (+ x4_0 (/ 1.0 100000.0)) (+ x4_1 (/ 1.0 100000.0)))) $x313)))
(check-sat)
