; torchsmt obligation batchnorm.vjp_eq_jvp_transpose@1x2x2_2_2_2_2 (lemma, op batchnorm, vjp_eq_jvp_transpose)
; <w, J v> = <J^T w, v> at shapes ((1, 2, 2), (2,), (2,), (2,), (2,)) params {'eps': 0.0}, off kinks
(set-info :source |torchsmt lemma batchnorm.vjp_eq_jvp_transpose@1x2x2_2_2_2_2 kind lemma|)
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
(declare-fun w_0_0_0 () Real)
(declare-fun x3_1 () Real)
(declare-fun x0_0_1_1 () Real)
(declare-fun w_0_1_1 () Real)
(declare-fun x0_0_1_0 () Real)
(declare-fun w_0_1_0 () Real)
(declare-fun x3_0 () Real)
(declare-fun x0_0_0_1 () Real)
(declare-fun w_0_0_1 () Real)
(declare-fun x0_0_0_0 () Real)
(assert
 (let (($x115 (>= ts_sqrt!0 0.0)))
 (let ((?x30 (+ x4_0 0.0)))
 (let (($x34 (>= ?x30 0.0)))
 (=> $x34 (and $x115 (= (* ts_sqrt!0 ts_sqrt!0) ?x30)))))))
(assert
 (let ((?x279 (* 2.0 ts_sqrt!0)))
 (let (($x198 (and (distinct ?x279 0.0) true)))
 (=> $x198 (= (* div!1 ?x279) (+ 0.0 0.0))))))
(assert
 (let (($x227 (>= ts_sqrt!1 0.0)))
 (let ((?x32 (+ x4_1 0.0)))
 (let (($x49 (>= ?x32 0.0)))
 (=> $x49 (and $x227 (= (* ts_sqrt!1 ts_sqrt!1) ?x32)))))))
(assert
 (let ((?x231 (* 2.0 ts_sqrt!1)))
 (let (($x288 (and (distinct ?x231 0.0) true)))
 (=> $x288 (= (* div!2 ?x231) (+ 0.0 0.0))))))
(assert
 (let (($x292 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x292 (= (* div!3 ts_sqrt!0) x1_0))))
(assert
 (let (($x292 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x292 (= (* div!4 ts_sqrt!0) (- 0.0 (* div!3 div!1))))))
(assert
 (let (($x299 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x299 (= (* div!5 ts_sqrt!1) x1_1))))
(assert
 (let (($x299 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x299 (= (* div!6 ts_sqrt!1) (- 0.0 (* div!5 div!2))))))
(assert
 (let (($x115 (>= ts_sqrt!0 0.0)))
 (let ((?x30 (+ x4_0 0.0)))
 (let (($x34 (>= ?x30 0.0)))
 (=> $x34 (and $x115 (= (* ts_sqrt!0 ts_sqrt!0) ?x30)))))))
(assert
 (let (($x227 (>= ts_sqrt!1 0.0)))
 (let ((?x32 (+ x4_1 0.0)))
 (let (($x49 (>= ?x32 0.0)))
 (=> $x49 (and $x227 (= (* ts_sqrt!1 ts_sqrt!1) ?x32)))))))
(assert
 (let (($x292 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x292 (= 1.0 (* div!7 ts_sqrt!0)))))
(assert
 (let (($x299 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x299 (= 1.0 (* div!8 ts_sqrt!1)))))
(assert
 (let ((?x30 (+ x4_0 0.0)))
 (>= ?x30 0.0)))
(assert
 (let ((?x279 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x279 0.0) true)))
(assert
 (let ((?x32 (+ x4_1 0.0)))
 (>= ?x32 0.0)))
(assert
 (let ((?x231 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x231 0.0) true)))
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
 (let ((?x136 (* x1_0 div!7)))
 (let ((?x157 (* w_0_0_0 ?x136)))
 (let ((?x218 (* (- 1.0) x3_1)))
 (let ((?x222 (+ x0_0_1_1 ?x218)))
 (let ((?x224 (* div!6 w_0_1_1 ?x222)))
 (let ((?x219 (+ x0_0_1_0 ?x218)))
 (let ((?x221 (* div!6 w_0_1_0 ?x219)))
 (let ((?x210 (* (- 1.0) x3_0)))
 (let ((?x215 (+ x0_0_0_1 ?x210)))
 (let ((?x217 (* div!4 w_0_0_1 ?x215)))
 (let ((?x225 (+ (* w_0_0_0 (+ div!3 (* div!4 (+ x0_0_0_0 ?x210)))) ?x217 ?x221 ?x224)))
 (let (($x203 (= ?x225 ?x157)))
 (not $x203))))))))))))))
(assert
 (let (($x312 (= ts_sqrt!0 ts_sqrt!1)))
(=> (and (= (+ x4_0 0.0) (+ x4_1 0.0))) $x312)))
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
(declare-fun w_0_0_1 () Real)
(declare-fun x3_1 () Real)
(declare-fun x0_0_1_1 () Real)
(declare-fun w_0_1_1 () Real)
(declare-fun x0_0_1_0 () Real)
(declare-fun w_0_1_0 () Real)
(declare-fun x3_0 () Real)
(declare-fun x0_0_0_1 () Real)
(declare-fun x0_0_0_0 () Real)
(declare-fun w_0_0_0 () Real)
(assert
 (let (($x115 (>= ts_sqrt!0 0.0)))
 (let ((?x30 (+ x4_0 0.0)))
 (let (($x34 (>= ?x30 0.0)))
 (=> $x34 (and $x115 (= (* ts_sqrt!0 ts_sqrt!0) ?x30)))))))
(assert
 (let ((?x279 (* 2.0 ts_sqrt!0)))
 (let (($x198 (and (distinct ?x279 0.0) true)))
 (=> $x198 (= (* div!1 ?x279) (+ 0.0 0.0))))))
(assert
 (let (($x227 (>= ts_sqrt!1 0.0)))
 (let ((?x32 (+ x4_1 0.0)))
 (let (($x49 (>= ?x32 0.0)))
 (=> $x49 (and $x227 (= (* ts_sqrt!1 ts_sqrt!1) ?x32)))))))
(assert
 (let ((?x231 (* 2.0 ts_sqrt!1)))
 (let (($x288 (and (distinct ?x231 0.0) true)))
 (=> $x288 (= (* div!2 ?x231) (+ 0.0 0.0))))))
(assert
 (let (($x292 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x292 (= (* div!3 ts_sqrt!0) x1_0))))
(assert
 (let (($x292 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x292 (= (* div!4 ts_sqrt!0) (- 0.0 (* div!3 div!1))))))
(assert
 (let (($x299 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x299 (= (* div!5 ts_sqrt!1) x1_1))))
(assert
 (let (($x299 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x299 (= (* div!6 ts_sqrt!1) (- 0.0 (* div!5 div!2))))))
(assert
 (let (($x115 (>= ts_sqrt!0 0.0)))
 (let ((?x30 (+ x4_0 0.0)))
 (let (($x34 (>= ?x30 0.0)))
 (=> $x34 (and $x115 (= (* ts_sqrt!0 ts_sqrt!0) ?x30)))))))
(assert
 (let (($x227 (>= ts_sqrt!1 0.0)))
 (let ((?x32 (+ x4_1 0.0)))
 (let (($x49 (>= ?x32 0.0)))
 (=> $x49 (and $x227 (= (* ts_sqrt!1 ts_sqrt!1) ?x32)))))))
(assert
 (let (($x292 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x292 (= 1.0 (* div!7 ts_sqrt!0)))))
(assert
 (let (($x299 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x299 (= 1.0 (* div!8 ts_sqrt!1)))))
(assert
 (let ((?x30 (+ x4_0 0.0)))
 (>= ?x30 0.0)))
(assert
 (let ((?x279 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x279 0.0) true)))
(assert
 (let ((?x32 (+ x4_1 0.0)))
 (>= ?x32 0.0)))
(assert
 (let ((?x231 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x231 0.0) true)))
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
 (let ((?x136 (* x1_0 div!7)))
 (let ((?x158 (* w_0_0_1 ?x136)))
 (let ((?x218 (* (- 1.0) x3_1)))
 (let ((?x222 (+ x0_0_1_1 ?x218)))
 (let ((?x224 (* div!6 w_0_1_1 ?x222)))
 (let ((?x219 (+ x0_0_1_0 ?x218)))
 (let ((?x221 (* div!6 w_0_1_0 ?x219)))
 (let ((?x238 (* w_0_0_1 (+ div!3 (* div!4 (+ x0_0_0_1 (* (- 1.0) x3_0)))))))
 (let ((?x210 (* (- 1.0) x3_0)))
 (let ((?x211 (+ x0_0_0_0 ?x210)))
 (let ((?x235 (* div!4 w_0_0_0 ?x211)))
 (let (($x197 (= (+ ?x235 ?x238 ?x221 ?x224) ?x158)))
 (not $x197))))))))))))))
(assert
 (let (($x312 (= ts_sqrt!0 ts_sqrt!1)))
(=> (and (= (+ x4_0 0.0) (+ x4_1 0.0))) $x312)))
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
(declare-fun w_0_1_0 () Real)
(declare-fun x3_1 () Real)
(declare-fun x0_0_1_1 () Real)
(declare-fun w_0_1_1 () Real)
(declare-fun x0_0_1_0 () Real)
(declare-fun x3_0 () Real)
(declare-fun x0_0_0_1 () Real)
(declare-fun w_0_0_1 () Real)
(declare-fun x0_0_0_0 () Real)
(declare-fun w_0_0_0 () Real)
(assert
 (let (($x115 (>= ts_sqrt!0 0.0)))
 (let ((?x30 (+ x4_0 0.0)))
 (let (($x34 (>= ?x30 0.0)))
 (=> $x34 (and $x115 (= (* ts_sqrt!0 ts_sqrt!0) ?x30)))))))
(assert
 (let ((?x279 (* 2.0 ts_sqrt!0)))
 (let (($x198 (and (distinct ?x279 0.0) true)))
 (=> $x198 (= (* div!1 ?x279) (+ 0.0 0.0))))))
(assert
 (let (($x227 (>= ts_sqrt!1 0.0)))
 (let ((?x32 (+ x4_1 0.0)))
 (let (($x49 (>= ?x32 0.0)))
 (=> $x49 (and $x227 (= (* ts_sqrt!1 ts_sqrt!1) ?x32)))))))
(assert
 (let ((?x231 (* 2.0 ts_sqrt!1)))
 (let (($x288 (and (distinct ?x231 0.0) true)))
 (=> $x288 (= (* div!2 ?x231) (+ 0.0 0.0))))))
(assert
 (let (($x292 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x292 (= (* div!3 ts_sqrt!0) x1_0))))
(assert
 (let (($x292 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x292 (= (* div!4 ts_sqrt!0) (- 0.0 (* div!3 div!1))))))
(assert
 (let (($x299 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x299 (= (* div!5 ts_sqrt!1) x1_1))))
(assert
 (let (($x299 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x299 (= (* div!6 ts_sqrt!1) (- 0.0 (* div!5 div!2))))))
(assert
 (let (($x115 (>= ts_sqrt!0 0.0)))
 (let ((?x30 (+ x4_0 0.0)))
 (let (($x34 (>= ?x30 0.0)))
 (=> $x34 (and $x115 (= (* ts_sqrt!0 ts_sqrt!0) ?x30)))))))
(assert
 (let (($x227 (>= ts_sqrt!1 0.0)))
 (let ((?x32 (+ x4_1 0.0)))
 (let (($x49 (>= ?x32 0.0)))
 (=> $x49 (and $x227 (= (* ts_sqrt!1 ts_sqrt!1) ?x32)))))))
(assert
 (let (($x292 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x292 (= 1.0 (* div!7 ts_sqrt!0)))))
(assert
 (let (($x299 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x299 (= 1.0 (* div!8 ts_sqrt!1)))))
(assert
 (let ((?x30 (+ x4_0 0.0)))
 (>= ?x30 0.0)))
(assert
 (let ((?x279 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x279 0.0) true)))
(assert
 (let ((?x32 (+ x4_1 0.0)))
 (>= ?x32 0.0)))
(assert
 (let ((?x231 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x231 0.0) true)))
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
 (let ((?x137 (* x1_1 div!8)))
 (let ((?x159 (* w_0_1_0 ?x137)))
 (let ((?x218 (* (- 1.0) x3_1)))
 (let ((?x222 (+ x0_0_1_1 ?x218)))
 (let ((?x224 (* div!6 w_0_1_1 ?x222)))
 (let ((?x210 (* (- 1.0) x3_0)))
 (let ((?x215 (+ x0_0_0_1 ?x210)))
 (let ((?x217 (* div!4 w_0_0_1 ?x215)))
 (let ((?x211 (+ x0_0_0_0 ?x210)))
 (let ((?x235 (* div!4 w_0_0_0 ?x211)))
 (let ((?x245 (+ ?x235 ?x217 (* w_0_1_0 (+ div!5 (* div!6 (+ x0_0_1_0 ?x218)))) ?x224)))
 (let (($x230 (= ?x245 ?x159)))
 (not $x230))))))))))))))
(assert
 (let (($x312 (= ts_sqrt!0 ts_sqrt!1)))
(=> (and (= (+ x4_0 0.0) (+ x4_1 0.0))) $x312)))
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
(declare-fun w_0_1_1 () Real)
(declare-fun x3_1 () Real)
(declare-fun x0_0_1_1 () Real)
(declare-fun x0_0_1_0 () Real)
(declare-fun w_0_1_0 () Real)
(declare-fun x3_0 () Real)
(declare-fun x0_0_0_1 () Real)
(declare-fun w_0_0_1 () Real)
(declare-fun x0_0_0_0 () Real)
(declare-fun w_0_0_0 () Real)
(assert
 (let (($x115 (>= ts_sqrt!0 0.0)))
 (let ((?x30 (+ x4_0 0.0)))
 (let (($x34 (>= ?x30 0.0)))
 (=> $x34 (and $x115 (= (* ts_sqrt!0 ts_sqrt!0) ?x30)))))))
(assert
 (let ((?x279 (* 2.0 ts_sqrt!0)))
 (let (($x198 (and (distinct ?x279 0.0) true)))
 (=> $x198 (= (* div!1 ?x279) (+ 0.0 0.0))))))
(assert
 (let (($x227 (>= ts_sqrt!1 0.0)))
 (let ((?x32 (+ x4_1 0.0)))
 (let (($x49 (>= ?x32 0.0)))
 (=> $x49 (and $x227 (= (* ts_sqrt!1 ts_sqrt!1) ?x32)))))))
(assert
 (let ((?x231 (* 2.0 ts_sqrt!1)))
 (let (($x288 (and (distinct ?x231 0.0) true)))
 (=> $x288 (= (* div!2 ?x231) (+ 0.0 0.0))))))
(assert
 (let (($x292 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x292 (= (* div!3 ts_sqrt!0) x1_0))))
(assert
 (let (($x292 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x292 (= (* div!4 ts_sqrt!0) (- 0.0 (* div!3 div!1))))))
(assert
 (let (($x299 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x299 (= (* div!5 ts_sqrt!1) x1_1))))
(assert
 (let (($x299 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x299 (= (* div!6 ts_sqrt!1) (- 0.0 (* div!5 div!2))))))
(assert
 (let (($x115 (>= ts_sqrt!0 0.0)))
 (let ((?x30 (+ x4_0 0.0)))
 (let (($x34 (>= ?x30 0.0)))
 (=> $x34 (and $x115 (= (* ts_sqrt!0 ts_sqrt!0) ?x30)))))))
(assert
 (let (($x227 (>= ts_sqrt!1 0.0)))
 (let ((?x32 (+ x4_1 0.0)))
 (let (($x49 (>= ?x32 0.0)))
 (=> $x49 (and $x227 (= (* ts_sqrt!1 ts_sqrt!1) ?x32)))))))
(assert
 (let (($x292 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x292 (= 1.0 (* div!7 ts_sqrt!0)))))
(assert
 (let (($x299 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x299 (= 1.0 (* div!8 ts_sqrt!1)))))
(assert
 (let ((?x30 (+ x4_0 0.0)))
 (>= ?x30 0.0)))
(assert
 (let ((?x279 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x279 0.0) true)))
(assert
 (let ((?x32 (+ x4_1 0.0)))
 (>= ?x32 0.0)))
(assert
 (let ((?x231 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x231 0.0) true)))
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
 (let ((?x137 (* x1_1 div!8)))
 (let ((?x160 (* w_0_1_1 ?x137)))
 (let ((?x248 (* w_0_1_1 (+ div!5 (* div!6 (+ x0_0_1_1 (* (- 1.0) x3_1)))))))
 (let ((?x218 (* (- 1.0) x3_1)))
 (let ((?x219 (+ x0_0_1_0 ?x218)))
 (let ((?x221 (* div!6 w_0_1_0 ?x219)))
 (let ((?x210 (* (- 1.0) x3_0)))
 (let ((?x215 (+ x0_0_0_1 ?x210)))
 (let ((?x217 (* div!4 w_0_0_1 ?x215)))
 (let ((?x211 (+ x0_0_0_0 ?x210)))
 (let ((?x235 (* div!4 w_0_0_0 ?x211)))
 (let (($x223 (= (+ ?x235 ?x217 ?x221 ?x248) ?x160)))
 (not $x223))))))))))))))
(assert
 (let (($x312 (= ts_sqrt!0 ts_sqrt!1)))
(=> (and (= (+ x4_0 0.0) (+ x4_1 0.0))) $x312)))
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
(declare-fun x0_0_0_1 () Real)
(declare-fun w_0_0_1 () Real)
(declare-fun x0_0_0_0 () Real)
(declare-fun w_0_0_0 () Real)
(declare-fun x3_1 () Real)
(declare-fun x0_0_1_1 () Real)
(declare-fun w_0_1_1 () Real)
(declare-fun x0_0_1_0 () Real)
(declare-fun w_0_1_0 () Real)
(assert
 (let (($x115 (>= ts_sqrt!0 0.0)))
 (let ((?x30 (+ x4_0 0.0)))
 (let (($x34 (>= ?x30 0.0)))
 (=> $x34 (and $x115 (= (* ts_sqrt!0 ts_sqrt!0) ?x30)))))))
(assert
 (let ((?x279 (* 2.0 ts_sqrt!0)))
 (let (($x198 (and (distinct ?x279 0.0) true)))
 (=> $x198 (= (* div!1 ?x279) (+ 0.0 0.0))))))
(assert
 (let (($x227 (>= ts_sqrt!1 0.0)))
 (let ((?x32 (+ x4_1 0.0)))
 (let (($x49 (>= ?x32 0.0)))
 (=> $x49 (and $x227 (= (* ts_sqrt!1 ts_sqrt!1) ?x32)))))))
(assert
 (let ((?x231 (* 2.0 ts_sqrt!1)))
 (let (($x288 (and (distinct ?x231 0.0) true)))
 (=> $x288 (= (* div!2 ?x231) (+ 0.0 0.0))))))
(assert
 (let (($x292 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x292 (= (* div!3 ts_sqrt!0) x1_0))))
(assert
 (let (($x292 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x292 (= (* div!4 ts_sqrt!0) (- 1.0 (* div!3 div!1))))))
(assert
 (let (($x299 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x299 (= (* div!5 ts_sqrt!1) x1_1))))
(assert
 (let (($x299 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x299 (= (* div!6 ts_sqrt!1) (- 0.0 (* div!5 div!2))))))
(assert
 (let (($x115 (>= ts_sqrt!0 0.0)))
 (let ((?x30 (+ x4_0 0.0)))
 (let (($x34 (>= ?x30 0.0)))
 (=> $x34 (and $x115 (= (* ts_sqrt!0 ts_sqrt!0) ?x30)))))))
(assert
 (let (($x227 (>= ts_sqrt!1 0.0)))
 (let ((?x32 (+ x4_1 0.0)))
 (let (($x49 (>= ?x32 0.0)))
 (=> $x49 (and $x227 (= (* ts_sqrt!1 ts_sqrt!1) ?x32)))))))
(assert
 (let (($x292 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x292 (= 1.0 (* div!7 ts_sqrt!0)))))
(assert
 (let (($x299 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x299 (= 1.0 (* div!8 ts_sqrt!1)))))
(assert
 (let ((?x30 (+ x4_0 0.0)))
 (>= ?x30 0.0)))
(assert
 (let ((?x279 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x279 0.0) true)))
(assert
 (let ((?x32 (+ x4_1 0.0)))
 (>= ?x32 0.0)))
(assert
 (let ((?x231 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x231 0.0) true)))
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
 (let ((?x144 (+ (* w_0_0_0 (- x0_0_0_0 x3_0)) (* w_0_0_1 (- x0_0_0_1 x3_0)))))
 (let ((?x161 (* ?x144 div!7)))
 (let ((?x218 (* (- 1.0) x3_1)))
 (let ((?x222 (+ x0_0_1_1 ?x218)))
 (let ((?x224 (* div!6 w_0_1_1 ?x222)))
 (let ((?x219 (+ x0_0_1_0 ?x218)))
 (let ((?x221 (* div!6 w_0_1_0 ?x219)))
 (let ((?x210 (* (- 1.0) x3_0)))
 (let ((?x215 (+ x0_0_0_1 ?x210)))
 (let ((?x217 (* div!4 w_0_0_1 ?x215)))
 (let ((?x211 (+ x0_0_0_0 ?x210)))
 (let ((?x235 (* div!4 w_0_0_0 ?x211)))
 (let ((?x244 (+ ?x235 ?x217 ?x221 ?x224)))
 (let (($x229 (= ?x244 ?x161)))
 (not $x229))))))))))))))))
(assert
 (let (($x312 (= ts_sqrt!0 ts_sqrt!1)))
(=> (and (= (+ x4_0 0.0) (+ x4_1 0.0))) $x312)))
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
(declare-fun x0_0_1_1 () Real)
(declare-fun w_0_1_1 () Real)
(declare-fun x0_0_1_0 () Real)
(declare-fun w_0_1_0 () Real)
(declare-fun x3_0 () Real)
(declare-fun x0_0_0_1 () Real)
(declare-fun w_0_0_1 () Real)
(declare-fun x0_0_0_0 () Real)
(declare-fun w_0_0_0 () Real)
(assert
 (let (($x115 (>= ts_sqrt!0 0.0)))
 (let ((?x30 (+ x4_0 0.0)))
 (let (($x34 (>= ?x30 0.0)))
 (=> $x34 (and $x115 (= (* ts_sqrt!0 ts_sqrt!0) ?x30)))))))
(assert
 (let ((?x279 (* 2.0 ts_sqrt!0)))
 (let (($x198 (and (distinct ?x279 0.0) true)))
 (=> $x198 (= (* div!1 ?x279) (+ 0.0 0.0))))))
(assert
 (let (($x227 (>= ts_sqrt!1 0.0)))
 (let ((?x32 (+ x4_1 0.0)))
 (let (($x49 (>= ?x32 0.0)))
 (=> $x49 (and $x227 (= (* ts_sqrt!1 ts_sqrt!1) ?x32)))))))
(assert
 (let ((?x231 (* 2.0 ts_sqrt!1)))
 (let (($x288 (and (distinct ?x231 0.0) true)))
 (=> $x288 (= (* div!2 ?x231) (+ 0.0 0.0))))))
(assert
 (let (($x292 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x292 (= (* div!3 ts_sqrt!0) x1_0))))
(assert
 (let (($x292 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x292 (= (* div!4 ts_sqrt!0) (- 0.0 (* div!3 div!1))))))
(assert
 (let (($x299 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x299 (= (* div!5 ts_sqrt!1) x1_1))))
(assert
 (let (($x299 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x299 (= (* div!6 ts_sqrt!1) (- 1.0 (* div!5 div!2))))))
(assert
 (let (($x115 (>= ts_sqrt!0 0.0)))
 (let ((?x30 (+ x4_0 0.0)))
 (let (($x34 (>= ?x30 0.0)))
 (=> $x34 (and $x115 (= (* ts_sqrt!0 ts_sqrt!0) ?x30)))))))
(assert
 (let (($x227 (>= ts_sqrt!1 0.0)))
 (let ((?x32 (+ x4_1 0.0)))
 (let (($x49 (>= ?x32 0.0)))
 (=> $x49 (and $x227 (= (* ts_sqrt!1 ts_sqrt!1) ?x32)))))))
(assert
 (let (($x292 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x292 (= 1.0 (* div!7 ts_sqrt!0)))))
(assert
 (let (($x299 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x299 (= 1.0 (* div!8 ts_sqrt!1)))))
(assert
 (let ((?x30 (+ x4_0 0.0)))
 (>= ?x30 0.0)))
(assert
 (let ((?x279 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x279 0.0) true)))
(assert
 (let ((?x32 (+ x4_1 0.0)))
 (>= ?x32 0.0)))
(assert
 (let ((?x231 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x231 0.0) true)))
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
 (let ((?x145 (+ (* w_0_1_0 (- x0_0_1_0 x3_1)) (* w_0_1_1 (- x0_0_1_1 x3_1)))))
 (let ((?x162 (* ?x145 div!8)))
 (let ((?x218 (* (- 1.0) x3_1)))
 (let ((?x222 (+ x0_0_1_1 ?x218)))
 (let ((?x224 (* div!6 w_0_1_1 ?x222)))
 (let ((?x219 (+ x0_0_1_0 ?x218)))
 (let ((?x221 (* div!6 w_0_1_0 ?x219)))
 (let ((?x210 (* (- 1.0) x3_0)))
 (let ((?x215 (+ x0_0_0_1 ?x210)))
 (let ((?x217 (* div!4 w_0_0_1 ?x215)))
 (let ((?x211 (+ x0_0_0_0 ?x210)))
 (let ((?x235 (* div!4 w_0_0_0 ?x211)))
 (let ((?x244 (+ ?x235 ?x217 ?x221 ?x224)))
 (let (($x234 (= ?x244 ?x162)))
 (not $x234))))))))))))))))
(assert
 (let (($x312 (= ts_sqrt!0 ts_sqrt!1)))
(=> (and (= (+ x4_0 0.0) (+ x4_1 0.0))) $x312)))
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
(declare-fun w_0_0_1 () Real)
(declare-fun w_0_0_0 () Real)
(declare-fun x3_1 () Real)
(declare-fun x0_0_1_1 () Real)
(declare-fun w_0_1_1 () Real)
(declare-fun x0_0_1_0 () Real)
(declare-fun w_0_1_0 () Real)
(declare-fun x3_0 () Real)
(declare-fun x0_0_0_1 () Real)
(declare-fun x0_0_0_0 () Real)
(assert
 (let (($x115 (>= ts_sqrt!0 0.0)))
 (let ((?x30 (+ x4_0 0.0)))
 (let (($x34 (>= ?x30 0.0)))
 (=> $x34 (and $x115 (= (* ts_sqrt!0 ts_sqrt!0) ?x30)))))))
(assert
 (let ((?x279 (* 2.0 ts_sqrt!0)))
 (let (($x198 (and (distinct ?x279 0.0) true)))
 (=> $x198 (= (* div!1 ?x279) (+ 0.0 0.0))))))
(assert
 (let (($x227 (>= ts_sqrt!1 0.0)))
 (let ((?x32 (+ x4_1 0.0)))
 (let (($x49 (>= ?x32 0.0)))
 (=> $x49 (and $x227 (= (* ts_sqrt!1 ts_sqrt!1) ?x32)))))))
(assert
 (let ((?x231 (* 2.0 ts_sqrt!1)))
 (let (($x288 (and (distinct ?x231 0.0) true)))
 (=> $x288 (= (* div!2 ?x231) (+ 0.0 0.0))))))
(assert
 (let (($x292 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x292 (= (* div!3 ts_sqrt!0) x1_0))))
(assert
 (let (($x292 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x292 (= (* div!4 ts_sqrt!0) (- 0.0 (* div!3 div!1))))))
(assert
 (let (($x299 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x299 (= (* div!5 ts_sqrt!1) x1_1))))
(assert
 (let (($x299 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x299 (= (* div!6 ts_sqrt!1) (- 0.0 (* div!5 div!2))))))
(assert
 (let (($x115 (>= ts_sqrt!0 0.0)))
 (let ((?x30 (+ x4_0 0.0)))
 (let (($x34 (>= ?x30 0.0)))
 (=> $x34 (and $x115 (= (* ts_sqrt!0 ts_sqrt!0) ?x30)))))))
(assert
 (let (($x227 (>= ts_sqrt!1 0.0)))
 (let ((?x32 (+ x4_1 0.0)))
 (let (($x49 (>= ?x32 0.0)))
 (=> $x49 (and $x227 (= (* ts_sqrt!1 ts_sqrt!1) ?x32)))))))
(assert
 (let (($x292 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x292 (= 1.0 (* div!7 ts_sqrt!0)))))
(assert
 (let (($x299 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x299 (= 1.0 (* div!8 ts_sqrt!1)))))
(assert
 (let ((?x30 (+ x4_0 0.0)))
 (>= ?x30 0.0)))
(assert
 (let ((?x279 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x279 0.0) true)))
(assert
 (let ((?x32 (+ x4_1 0.0)))
 (>= ?x32 0.0)))
(assert
 (let ((?x231 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x231 0.0) true)))
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
 (let ((?x138 (+ w_0_0_0 w_0_0_1)))
 (let ((?x218 (* (- 1.0) x3_1)))
 (let ((?x222 (+ x0_0_1_1 ?x218)))
 (let ((?x224 (* div!6 w_0_1_1 ?x222)))
 (let ((?x219 (+ x0_0_1_0 ?x218)))
 (let ((?x221 (* div!6 w_0_1_0 ?x219)))
 (let ((?x262 (+ (* w_0_0_0 (+ 1.0 (* div!4 (+ x0_0_0_0 (* (- 1.0) x3_0))))) (* w_0_0_1 (+ 1.0 (* div!4 (+ x0_0_0_1 (* (- 1.0) x3_0))))) ?x221 ?x224)))
 (let (($x252 (= ?x262 ?x138)))
 (not $x252))))))))))
(assert
 (let (($x312 (= ts_sqrt!0 ts_sqrt!1)))
(=> (and (= (+ x4_0 0.0) (+ x4_1 0.0))) $x312)))
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
(declare-fun w_0_1_1 () Real)
(declare-fun w_0_1_0 () Real)
(declare-fun x3_1 () Real)
(declare-fun x0_0_1_1 () Real)
(declare-fun x0_0_1_0 () Real)
(declare-fun x3_0 () Real)
(declare-fun x0_0_0_1 () Real)
(declare-fun w_0_0_1 () Real)
(declare-fun x0_0_0_0 () Real)
(declare-fun w_0_0_0 () Real)
(assert
 (let (($x115 (>= ts_sqrt!0 0.0)))
 (let ((?x30 (+ x4_0 0.0)))
 (let (($x34 (>= ?x30 0.0)))
 (=> $x34 (and $x115 (= (* ts_sqrt!0 ts_sqrt!0) ?x30)))))))
(assert
 (let ((?x279 (* 2.0 ts_sqrt!0)))
 (let (($x198 (and (distinct ?x279 0.0) true)))
 (=> $x198 (= (* div!1 ?x279) (+ 0.0 0.0))))))
(assert
 (let (($x227 (>= ts_sqrt!1 0.0)))
 (let ((?x32 (+ x4_1 0.0)))
 (let (($x49 (>= ?x32 0.0)))
 (=> $x49 (and $x227 (= (* ts_sqrt!1 ts_sqrt!1) ?x32)))))))
(assert
 (let ((?x231 (* 2.0 ts_sqrt!1)))
 (let (($x288 (and (distinct ?x231 0.0) true)))
 (=> $x288 (= (* div!2 ?x231) (+ 0.0 0.0))))))
(assert
 (let (($x292 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x292 (= (* div!3 ts_sqrt!0) x1_0))))
(assert
 (let (($x292 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x292 (= (* div!4 ts_sqrt!0) (- 0.0 (* div!3 div!1))))))
(assert
 (let (($x299 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x299 (= (* div!5 ts_sqrt!1) x1_1))))
(assert
 (let (($x299 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x299 (= (* div!6 ts_sqrt!1) (- 0.0 (* div!5 div!2))))))
(assert
 (let (($x115 (>= ts_sqrt!0 0.0)))
 (let ((?x30 (+ x4_0 0.0)))
 (let (($x34 (>= ?x30 0.0)))
 (=> $x34 (and $x115 (= (* ts_sqrt!0 ts_sqrt!0) ?x30)))))))
(assert
 (let (($x227 (>= ts_sqrt!1 0.0)))
 (let ((?x32 (+ x4_1 0.0)))
 (let (($x49 (>= ?x32 0.0)))
 (=> $x49 (and $x227 (= (* ts_sqrt!1 ts_sqrt!1) ?x32)))))))
(assert
 (let (($x292 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x292 (= 1.0 (* div!7 ts_sqrt!0)))))
(assert
 (let (($x299 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x299 (= 1.0 (* div!8 ts_sqrt!1)))))
(assert
 (let ((?x30 (+ x4_0 0.0)))
 (>= ?x30 0.0)))
(assert
 (let ((?x279 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x279 0.0) true)))
(assert
 (let ((?x32 (+ x4_1 0.0)))
 (>= ?x32 0.0)))
(assert
 (let ((?x231 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x231 0.0) true)))
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
 (let ((?x139 (+ w_0_1_0 w_0_1_1)))
 (let ((?x210 (* (- 1.0) x3_0)))
 (let ((?x215 (+ x0_0_0_1 ?x210)))
 (let ((?x217 (* div!4 w_0_0_1 ?x215)))
 (let ((?x211 (+ x0_0_0_0 ?x210)))
 (let ((?x235 (* div!4 w_0_0_0 ?x211)))
 (let ((?x268 (+ ?x235 ?x217 (* w_0_1_0 (+ 1.0 (* div!6 (+ x0_0_1_0 (* (- 1.0) x3_1))))) (* w_0_1_1 (+ 1.0 (* div!6 (+ x0_0_1_1 (* (- 1.0) x3_1))))))))
 (let (($x228 (= ?x268 ?x139)))
 (not $x228))))))))))
(assert
 (let (($x312 (= ts_sqrt!0 ts_sqrt!1)))
(=> (and (= (+ x4_0 0.0) (+ x4_1 0.0))) $x312)))
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
(declare-fun w_0_0_1 () Real)
(declare-fun w_0_0_0 () Real)
(declare-fun x3_1 () Real)
(declare-fun x0_0_1_1 () Real)
(declare-fun w_0_1_1 () Real)
(declare-fun x0_0_1_0 () Real)
(declare-fun w_0_1_0 () Real)
(declare-fun x3_0 () Real)
(declare-fun x0_0_0_1 () Real)
(declare-fun x0_0_0_0 () Real)
(assert
 (let (($x115 (>= ts_sqrt!0 0.0)))
 (let ((?x30 (+ x4_0 0.0)))
 (let (($x34 (>= ?x30 0.0)))
 (=> $x34 (and $x115 (= (* ts_sqrt!0 ts_sqrt!0) ?x30)))))))
(assert
 (let ((?x279 (* 2.0 ts_sqrt!0)))
 (let (($x198 (and (distinct ?x279 0.0) true)))
 (=> $x198 (= (* div!1 ?x279) (+ 0.0 0.0))))))
(assert
 (let (($x227 (>= ts_sqrt!1 0.0)))
 (let ((?x32 (+ x4_1 0.0)))
 (let (($x49 (>= ?x32 0.0)))
 (=> $x49 (and $x227 (= (* ts_sqrt!1 ts_sqrt!1) ?x32)))))))
(assert
 (let ((?x231 (* 2.0 ts_sqrt!1)))
 (let (($x288 (and (distinct ?x231 0.0) true)))
 (=> $x288 (= (* div!2 ?x231) (+ 0.0 0.0))))))
(assert
 (let (($x292 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x292 (= (* div!3 ts_sqrt!0) x1_0))))
(assert
 (let (($x292 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x292 (= (* div!4 ts_sqrt!0) (- 0.0 (* div!3 div!1))))))
(assert
 (let (($x299 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x299 (= (* div!5 ts_sqrt!1) x1_1))))
(assert
 (let (($x299 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x299 (= (* div!6 ts_sqrt!1) (- 0.0 (* div!5 div!2))))))
(assert
 (let (($x115 (>= ts_sqrt!0 0.0)))
 (let ((?x30 (+ x4_0 0.0)))
 (let (($x34 (>= ?x30 0.0)))
 (=> $x34 (and $x115 (= (* ts_sqrt!0 ts_sqrt!0) ?x30)))))))
(assert
 (let (($x227 (>= ts_sqrt!1 0.0)))
 (let ((?x32 (+ x4_1 0.0)))
 (let (($x49 (>= ?x32 0.0)))
 (=> $x49 (and $x227 (= (* ts_sqrt!1 ts_sqrt!1) ?x32)))))))
(assert
 (let (($x292 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x292 (= 1.0 (* div!7 ts_sqrt!0)))))
(assert
 (let (($x299 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x299 (= 1.0 (* div!8 ts_sqrt!1)))))
(assert
 (let ((?x30 (+ x4_0 0.0)))
 (>= ?x30 0.0)))
(assert
 (let ((?x279 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x279 0.0) true)))
(assert
 (let ((?x32 (+ x4_1 0.0)))
 (>= ?x32 0.0)))
(assert
 (let ((?x231 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x231 0.0) true)))
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
 (let ((?x165 (- (* (+ w_0_0_0 w_0_0_1) (* x1_0 div!7)))))
 (let ((?x218 (* (- 1.0) x3_1)))
 (let ((?x222 (+ x0_0_1_1 ?x218)))
 (let ((?x224 (* div!6 w_0_1_1 ?x222)))
 (let ((?x219 (+ x0_0_1_0 ?x218)))
 (let ((?x221 (* div!6 w_0_1_0 ?x219)))
 (let ((?x277 (* w_0_0_1 (+ (* (- 1.0) div!3) (* div!4 (+ x0_0_0_1 (* (- 1.0) x3_0)))))))
 (let ((?x275 (* w_0_0_0 (+ (* (- 1.0) div!3) (* div!4 (+ x0_0_0_0 (* (- 1.0) x3_0)))))))
 (let (($x233 (= (+ ?x275 ?x277 ?x221 ?x224) ?x165)))
 (not $x233)))))))))))
(assert
 (let (($x312 (= ts_sqrt!0 ts_sqrt!1)))
(=> (and (= (+ x4_0 0.0) (+ x4_1 0.0))) $x312)))
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
(declare-fun w_0_1_1 () Real)
(declare-fun w_0_1_0 () Real)
(declare-fun x3_1 () Real)
(declare-fun x0_0_1_1 () Real)
(declare-fun x0_0_1_0 () Real)
(declare-fun x3_0 () Real)
(declare-fun x0_0_0_1 () Real)
(declare-fun w_0_0_1 () Real)
(declare-fun x0_0_0_0 () Real)
(declare-fun w_0_0_0 () Real)
(assert
 (let (($x115 (>= ts_sqrt!0 0.0)))
 (let ((?x30 (+ x4_0 0.0)))
 (let (($x34 (>= ?x30 0.0)))
 (=> $x34 (and $x115 (= (* ts_sqrt!0 ts_sqrt!0) ?x30)))))))
(assert
 (let ((?x279 (* 2.0 ts_sqrt!0)))
 (let (($x198 (and (distinct ?x279 0.0) true)))
 (=> $x198 (= (* div!1 ?x279) (+ 0.0 0.0))))))
(assert
 (let (($x227 (>= ts_sqrt!1 0.0)))
 (let ((?x32 (+ x4_1 0.0)))
 (let (($x49 (>= ?x32 0.0)))
 (=> $x49 (and $x227 (= (* ts_sqrt!1 ts_sqrt!1) ?x32)))))))
(assert
 (let ((?x231 (* 2.0 ts_sqrt!1)))
 (let (($x288 (and (distinct ?x231 0.0) true)))
 (=> $x288 (= (* div!2 ?x231) (+ 0.0 0.0))))))
(assert
 (let (($x292 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x292 (= (* div!3 ts_sqrt!0) x1_0))))
(assert
 (let (($x292 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x292 (= (* div!4 ts_sqrt!0) (- 0.0 (* div!3 div!1))))))
(assert
 (let (($x299 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x299 (= (* div!5 ts_sqrt!1) x1_1))))
(assert
 (let (($x299 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x299 (= (* div!6 ts_sqrt!1) (- 0.0 (* div!5 div!2))))))
(assert
 (let (($x115 (>= ts_sqrt!0 0.0)))
 (let ((?x30 (+ x4_0 0.0)))
 (let (($x34 (>= ?x30 0.0)))
 (=> $x34 (and $x115 (= (* ts_sqrt!0 ts_sqrt!0) ?x30)))))))
(assert
 (let (($x227 (>= ts_sqrt!1 0.0)))
 (let ((?x32 (+ x4_1 0.0)))
 (let (($x49 (>= ?x32 0.0)))
 (=> $x49 (and $x227 (= (* ts_sqrt!1 ts_sqrt!1) ?x32)))))))
(assert
 (let (($x292 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x292 (= 1.0 (* div!7 ts_sqrt!0)))))
(assert
 (let (($x299 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x299 (= 1.0 (* div!8 ts_sqrt!1)))))
(assert
 (let ((?x30 (+ x4_0 0.0)))
 (>= ?x30 0.0)))
(assert
 (let ((?x279 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x279 0.0) true)))
(assert
 (let ((?x32 (+ x4_1 0.0)))
 (>= ?x32 0.0)))
(assert
 (let ((?x231 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x231 0.0) true)))
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
 (let ((?x166 (- (* (+ w_0_1_0 w_0_1_1) (* x1_1 div!8)))))
 (let ((?x284 (* w_0_1_1 (+ (* (- 1.0) div!5) (* div!6 (+ x0_0_1_1 (* (- 1.0) x3_1)))))))
 (let ((?x282 (* w_0_1_0 (+ (* (- 1.0) div!5) (* div!6 (+ x0_0_1_0 (* (- 1.0) x3_1)))))))
 (let ((?x210 (* (- 1.0) x3_0)))
 (let ((?x215 (+ x0_0_0_1 ?x210)))
 (let ((?x217 (* div!4 w_0_0_1 ?x215)))
 (let ((?x211 (+ x0_0_0_0 ?x210)))
 (let ((?x235 (* div!4 w_0_0_0 ?x211)))
 (let (($x216 (= (+ ?x235 ?x217 ?x282 ?x284) ?x166)))
 (not $x216)))))))))))
(assert
 (let (($x312 (= ts_sqrt!0 ts_sqrt!1)))
(=> (and (= (+ x4_0 0.0) (+ x4_1 0.0))) $x312)))
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
(declare-fun x0_0_0_1 () Real)
(declare-fun w_0_0_1 () Real)
(declare-fun x0_0_0_0 () Real)
(declare-fun w_0_0_0 () Real)
(declare-fun x3_1 () Real)
(declare-fun x0_0_1_1 () Real)
(declare-fun w_0_1_1 () Real)
(declare-fun x0_0_1_0 () Real)
(declare-fun w_0_1_0 () Real)
(assert
 (let (($x115 (>= ts_sqrt!0 0.0)))
 (let ((?x30 (+ x4_0 0.0)))
 (let (($x34 (>= ?x30 0.0)))
 (=> $x34 (and $x115 (= (* ts_sqrt!0 ts_sqrt!0) ?x30)))))))
(assert
 (let ((?x279 (* 2.0 ts_sqrt!0)))
 (let (($x198 (and (distinct ?x279 0.0) true)))
 (=> $x198 (= (* div!1 ?x279) (+ 1.0 0.0))))))
(assert
 (let (($x227 (>= ts_sqrt!1 0.0)))
 (let ((?x32 (+ x4_1 0.0)))
 (let (($x49 (>= ?x32 0.0)))
 (=> $x49 (and $x227 (= (* ts_sqrt!1 ts_sqrt!1) ?x32)))))))
(assert
 (let ((?x231 (* 2.0 ts_sqrt!1)))
 (let (($x288 (and (distinct ?x231 0.0) true)))
 (=> $x288 (= (* div!2 ?x231) (+ 0.0 0.0))))))
(assert
 (let (($x292 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x292 (= (* div!3 ts_sqrt!0) x1_0))))
(assert
 (let (($x292 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x292 (= (* div!4 ts_sqrt!0) (- 0.0 (* div!3 div!1))))))
(assert
 (let (($x299 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x299 (= (* div!5 ts_sqrt!1) x1_1))))
(assert
 (let (($x299 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x299 (= (* div!6 ts_sqrt!1) (- 0.0 (* div!5 div!2))))))
(assert
 (let (($x115 (>= ts_sqrt!0 0.0)))
 (let ((?x30 (+ x4_0 0.0)))
 (let (($x34 (>= ?x30 0.0)))
 (=> $x34 (and $x115 (= (* ts_sqrt!0 ts_sqrt!0) ?x30)))))))
(assert
 (let (($x227 (>= ts_sqrt!1 0.0)))
 (let ((?x32 (+ x4_1 0.0)))
 (let (($x49 (>= ?x32 0.0)))
 (=> $x49 (and $x227 (= (* ts_sqrt!1 ts_sqrt!1) ?x32)))))))
(assert
 (let (($x292 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x292 (= 1.0 (* div!7 ts_sqrt!0)))))
(assert
 (let (($x299 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x299 (= 1.0 (* div!8 ts_sqrt!1)))))
(assert
 (let ((?x30 (+ x4_0 0.0)))
 (>= ?x30 0.0)))
(assert
 (let ((?x279 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x279 0.0) true)))
(assert
 (let ((?x32 (+ x4_1 0.0)))
 (>= ?x32 0.0)))
(assert
 (let ((?x231 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x231 0.0) true)))
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
 (let ((?x144 (+ (* w_0_0_0 (- x0_0_0_0 x3_0)) (* w_0_0_1 (- x0_0_0_1 x3_0)))))
 (let ((?x155 (* (* ?x144 x1_0) (* (- (/ 1.0 2.0)) (* div!7 (* div!7 div!7))))))
 (let ((?x218 (* (- 1.0) x3_1)))
 (let ((?x222 (+ x0_0_1_1 ?x218)))
 (let ((?x224 (* div!6 w_0_1_1 ?x222)))
 (let ((?x219 (+ x0_0_1_0 ?x218)))
 (let ((?x221 (* div!6 w_0_1_0 ?x219)))
 (let ((?x210 (* (- 1.0) x3_0)))
 (let ((?x215 (+ x0_0_0_1 ?x210)))
 (let ((?x217 (* div!4 w_0_0_1 ?x215)))
 (let ((?x211 (+ x0_0_0_0 ?x210)))
 (let ((?x235 (* div!4 w_0_0_0 ?x211)))
 (let ((?x244 (+ ?x235 ?x217 ?x221 ?x224)))
 (let (($x193 (= ?x244 ?x155)))
 (not $x193))))))))))))))))
(assert
 (let (($x312 (= ts_sqrt!0 ts_sqrt!1)))
(=> (and (= (+ x4_0 0.0) (+ x4_1 0.0))) $x312)))
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
(declare-fun x0_0_1_1 () Real)
(declare-fun w_0_1_1 () Real)
(declare-fun x0_0_1_0 () Real)
(declare-fun w_0_1_0 () Real)
(declare-fun x3_0 () Real)
(declare-fun x0_0_0_1 () Real)
(declare-fun w_0_0_1 () Real)
(declare-fun x0_0_0_0 () Real)
(declare-fun w_0_0_0 () Real)
(assert
 (let (($x115 (>= ts_sqrt!0 0.0)))
 (let ((?x30 (+ x4_0 0.0)))
 (let (($x34 (>= ?x30 0.0)))
 (=> $x34 (and $x115 (= (* ts_sqrt!0 ts_sqrt!0) ?x30)))))))
(assert
 (let ((?x279 (* 2.0 ts_sqrt!0)))
 (let (($x198 (and (distinct ?x279 0.0) true)))
 (=> $x198 (= (* div!1 ?x279) (+ 0.0 0.0))))))
(assert
 (let (($x227 (>= ts_sqrt!1 0.0)))
 (let ((?x32 (+ x4_1 0.0)))
 (let (($x49 (>= ?x32 0.0)))
 (=> $x49 (and $x227 (= (* ts_sqrt!1 ts_sqrt!1) ?x32)))))))
(assert
 (let ((?x231 (* 2.0 ts_sqrt!1)))
 (let (($x288 (and (distinct ?x231 0.0) true)))
 (=> $x288 (= (* div!2 ?x231) (+ 1.0 0.0))))))
(assert
 (let (($x292 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x292 (= (* div!3 ts_sqrt!0) x1_0))))
(assert
 (let (($x292 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x292 (= (* div!4 ts_sqrt!0) (- 0.0 (* div!3 div!1))))))
(assert
 (let (($x299 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x299 (= (* div!5 ts_sqrt!1) x1_1))))
(assert
 (let (($x299 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x299 (= (* div!6 ts_sqrt!1) (- 0.0 (* div!5 div!2))))))
(assert
 (let (($x115 (>= ts_sqrt!0 0.0)))
 (let ((?x30 (+ x4_0 0.0)))
 (let (($x34 (>= ?x30 0.0)))
 (=> $x34 (and $x115 (= (* ts_sqrt!0 ts_sqrt!0) ?x30)))))))
(assert
 (let (($x227 (>= ts_sqrt!1 0.0)))
 (let ((?x32 (+ x4_1 0.0)))
 (let (($x49 (>= ?x32 0.0)))
 (=> $x49 (and $x227 (= (* ts_sqrt!1 ts_sqrt!1) ?x32)))))))
(assert
 (let (($x292 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x292 (= 1.0 (* div!7 ts_sqrt!0)))))
(assert
 (let (($x299 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x299 (= 1.0 (* div!8 ts_sqrt!1)))))
(assert
 (let ((?x30 (+ x4_0 0.0)))
 (>= ?x30 0.0)))
(assert
 (let ((?x279 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x279 0.0) true)))
(assert
 (let ((?x32 (+ x4_1 0.0)))
 (>= ?x32 0.0)))
(assert
 (let ((?x231 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x231 0.0) true)))
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
 (let ((?x145 (+ (* w_0_1_0 (- x0_0_1_0 x3_1)) (* w_0_1_1 (- x0_0_1_1 x3_1)))))
 (let ((?x156 (* (* ?x145 x1_1) (* (- (/ 1.0 2.0)) (* div!8 (* div!8 div!8))))))
 (let ((?x218 (* (- 1.0) x3_1)))
 (let ((?x222 (+ x0_0_1_1 ?x218)))
 (let ((?x224 (* div!6 w_0_1_1 ?x222)))
 (let ((?x219 (+ x0_0_1_0 ?x218)))
 (let ((?x221 (* div!6 w_0_1_0 ?x219)))
 (let ((?x210 (* (- 1.0) x3_0)))
 (let ((?x215 (+ x0_0_0_1 ?x210)))
 (let ((?x217 (* div!4 w_0_0_1 ?x215)))
 (let ((?x211 (+ x0_0_0_0 ?x210)))
 (let ((?x235 (* div!4 w_0_0_0 ?x211)))
 (let ((?x244 (+ ?x235 ?x217 ?x221 ?x224)))
 (let (($x240 (= ?x244 ?x156)))
 (not $x240))))))))))))))))
(assert
 (let (($x312 (= ts_sqrt!0 ts_sqrt!1)))
(=> (and (= (+ x4_0 0.0) (+ x4_1 0.0))) $x312)))
(check-sat)
