; torchsmt obligation sqrt.vjp_eq_jvp_transpose@2x3 (lemma, op sqrt, vjp_eq_jvp_transpose)
; <w, J v> = <J^T w, v> at shapes ((2, 3),) params {}, off kinks
(set-info :source |torchsmt lemma sqrt.vjp_eq_jvp_transpose@2x3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun ts_sqrt!0 () Real)
(declare-fun div!1 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun ts_sqrt!1 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun ts_sqrt!2 () Real)
(declare-fun div!3 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun ts_sqrt!3 () Real)
(declare-fun div!4 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun ts_sqrt!4 () Real)
(declare-fun div!5 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun ts_sqrt!5 () Real)
(declare-fun div!6 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(declare-fun w_0_0 () Real)
(declare-fun w_1_2 () Real)
(declare-fun w_1_1 () Real)
(declare-fun w_1_0 () Real)
(declare-fun w_0_2 () Real)
(declare-fun w_0_1 () Real)
(assert
 (let (($x18 (>= x0_0_0 0.0)))
 (=> $x18 (and (>= ts_sqrt!0 0.0) (= (* ts_sqrt!0 ts_sqrt!0) x0_0_0)))))
(assert
 (let ((?x218 (* 2.0 ts_sqrt!0)))
 (let (($x221 (and (distinct ?x218 0.0) true)))
 (=> $x221 (= (* div!1 ?x218) 1.0)))))
(assert
 (let (($x33 (>= x0_0_1 0.0)))
 (=> $x33 (and (>= ts_sqrt!1 0.0) (= (* ts_sqrt!1 ts_sqrt!1) x0_0_1)))))
(assert
 (let ((?x228 (* 2.0 ts_sqrt!1)))
 (let (($x231 (and (distinct ?x228 0.0) true)))
 (=> $x231 (= (* div!2 ?x228) 0.0)))))
(assert
 (let (($x47 (>= x0_0_2 0.0)))
 (=> $x47 (and (>= ts_sqrt!2 0.0) (= (* ts_sqrt!2 ts_sqrt!2) x0_0_2)))))
(assert
 (let ((?x238 (* 2.0 ts_sqrt!2)))
 (let (($x241 (and (distinct ?x238 0.0) true)))
 (=> $x241 (= (* div!3 ?x238) 0.0)))))
(assert
 (let (($x61 (>= x0_1_0 0.0)))
 (=> $x61 (and (>= ts_sqrt!3 0.0) (= (* ts_sqrt!3 ts_sqrt!3) x0_1_0)))))
(assert
 (let ((?x248 (* 2.0 ts_sqrt!3)))
 (let (($x251 (and (distinct ?x248 0.0) true)))
 (=> $x251 (= (* div!4 ?x248) 0.0)))))
(assert
 (let (($x75 (>= x0_1_1 0.0)))
 (=> $x75 (and (>= ts_sqrt!4 0.0) (= (* ts_sqrt!4 ts_sqrt!4) x0_1_1)))))
(assert
 (let ((?x258 (* 2.0 ts_sqrt!4)))
 (let (($x261 (and (distinct ?x258 0.0) true)))
 (=> $x261 (= (* div!5 ?x258) 0.0)))))
(assert
 (let (($x89 (>= x0_1_2 0.0)))
 (=> $x89 (and (>= ts_sqrt!5 0.0) (= (* ts_sqrt!5 ts_sqrt!5) x0_1_2)))))
(assert
 (let ((?x268 (* 2.0 ts_sqrt!5)))
 (let (($x271 (and (distinct ?x268 0.0) true)))
 (=> $x271 (= (* div!6 ?x268) 0.0)))))
(assert
 (let (($x275 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x275 (= (/ 1.0 2.0) (* div!7 ts_sqrt!0)))))
(assert
 (let (($x279 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x279 (= (/ 1.0 2.0) (* div!8 ts_sqrt!1)))))
(assert
 (let (($x283 (and (distinct ts_sqrt!2 0.0) true)))
 (=> $x283 (= (/ 1.0 2.0) (* div!9 ts_sqrt!2)))))
(assert
 (let (($x287 (and (distinct ts_sqrt!3 0.0) true)))
 (=> $x287 (= (/ 1.0 2.0) (* div!10 ts_sqrt!3)))))
(assert
 (let (($x291 (and (distinct ts_sqrt!4 0.0) true)))
 (=> $x291 (= (/ 1.0 2.0) (* div!11 ts_sqrt!4)))))
(assert
 (let (($x295 (and (distinct ts_sqrt!5 0.0) true)))
 (=> $x295 (= (/ 1.0 2.0) (* div!12 ts_sqrt!5)))))
(assert
 (>= x0_0_0 0.0))
(assert
 (let ((?x218 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x218 0.0) true)))
(assert
 (>= x0_0_1 0.0))
(assert
 (let ((?x228 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x228 0.0) true)))
(assert
 (>= x0_0_2 0.0))
(assert
 (let ((?x238 (* 2.0 ts_sqrt!2)))
 (and (distinct ?x238 0.0) true)))
(assert
 (>= x0_1_0 0.0))
(assert
 (let ((?x248 (* 2.0 ts_sqrt!3)))
 (and (distinct ?x248 0.0) true)))
(assert
 (>= x0_1_1 0.0))
(assert
 (let ((?x258 (* 2.0 ts_sqrt!4)))
 (and (distinct ?x258 0.0) true)))
(assert
 (>= x0_1_2 0.0))
(assert
 (let ((?x268 (* 2.0 ts_sqrt!5)))
 (and (distinct ?x268 0.0) true)))
(assert
 (and (distinct ts_sqrt!0 0.0) true))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (and (distinct ts_sqrt!2 0.0) true))
(assert
 (and (distinct ts_sqrt!3 0.0) true))
(assert
 (and (distinct ts_sqrt!4 0.0) true))
(assert
 (and (distinct ts_sqrt!5 0.0) true))
(assert
 (let ((?x146 (* w_0_0 div!7)))
 (let ((?x174 (* div!6 w_1_2)))
 (let ((?x173 (* div!5 w_1_1)))
 (let ((?x172 (* div!4 w_1_0)))
 (let ((?x171 (* div!3 w_0_2)))
 (let ((?x170 (* div!2 w_0_1)))
 (let ((?x169 (* div!1 w_0_0)))
 (let ((?x175 (+ ?x169 ?x170 ?x171 ?x172 ?x173 ?x174)))
 (let (($x176 (= ?x175 ?x146)))
 (not $x176)))))))))))
(assert
 (let (($x299 (= ts_sqrt!0 ts_sqrt!1)))
 (=> (and (= x0_0_0 x0_0_1)) $x299)))
(assert
 (let (($x303 (= ts_sqrt!0 ts_sqrt!2)))
 (=> (and (= x0_0_0 x0_0_2)) $x303)))
(assert
 (let (($x307 (= ts_sqrt!0 ts_sqrt!3)))
 (=> (and (= x0_0_0 x0_1_0)) $x307)))
(assert
 (let (($x311 (= ts_sqrt!0 ts_sqrt!4)))
 (=> (and (= x0_0_0 x0_1_1)) $x311)))
(assert
 (let (($x315 (= ts_sqrt!0 ts_sqrt!5)))
 (=> (and (= x0_0_0 x0_1_2)) $x315)))
(assert
 (let (($x319 (= ts_sqrt!1 ts_sqrt!2)))
 (=> (and (= x0_0_1 x0_0_2)) $x319)))
(assert
 (let (($x323 (= ts_sqrt!1 ts_sqrt!3)))
 (=> (and (= x0_0_1 x0_1_0)) $x323)))
(assert
 (let (($x327 (= ts_sqrt!1 ts_sqrt!4)))
 (=> (and (= x0_0_1 x0_1_1)) $x327)))
(assert
 (let (($x331 (= ts_sqrt!1 ts_sqrt!5)))
 (=> (and (= x0_0_1 x0_1_2)) $x331)))
(assert
 (let (($x335 (= ts_sqrt!2 ts_sqrt!3)))
 (=> (and (= x0_0_2 x0_1_0)) $x335)))
(assert
 (let (($x339 (= ts_sqrt!2 ts_sqrt!4)))
 (=> (and (= x0_0_2 x0_1_1)) $x339)))
(assert
 (let (($x343 (= ts_sqrt!2 ts_sqrt!5)))
 (=> (and (= x0_0_2 x0_1_2)) $x343)))
(assert
 (let (($x347 (= ts_sqrt!3 ts_sqrt!4)))
 (=> (and (= x0_1_0 x0_1_1)) $x347)))
(assert
 (let (($x351 (= ts_sqrt!3 ts_sqrt!5)))
 (=> (and (= x0_1_0 x0_1_2)) $x351)))
(assert
 (let (($x355 (= ts_sqrt!4 ts_sqrt!5)))
(=> (and (= x0_1_1 x0_1_2)) $x355)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun ts_sqrt!0 () Real)
(declare-fun div!1 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun ts_sqrt!1 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun ts_sqrt!2 () Real)
(declare-fun div!3 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun ts_sqrt!3 () Real)
(declare-fun div!4 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun ts_sqrt!4 () Real)
(declare-fun div!5 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun ts_sqrt!5 () Real)
(declare-fun div!6 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(declare-fun w_0_1 () Real)
(declare-fun w_1_2 () Real)
(declare-fun w_1_1 () Real)
(declare-fun w_1_0 () Real)
(declare-fun w_0_2 () Real)
(declare-fun w_0_0 () Real)
(assert
 (let (($x18 (>= x0_0_0 0.0)))
 (=> $x18 (and (>= ts_sqrt!0 0.0) (= (* ts_sqrt!0 ts_sqrt!0) x0_0_0)))))
(assert
 (let ((?x218 (* 2.0 ts_sqrt!0)))
 (let (($x221 (and (distinct ?x218 0.0) true)))
 (=> $x221 (= (* div!1 ?x218) 0.0)))))
(assert
 (let (($x33 (>= x0_0_1 0.0)))
 (=> $x33 (and (>= ts_sqrt!1 0.0) (= (* ts_sqrt!1 ts_sqrt!1) x0_0_1)))))
(assert
 (let ((?x228 (* 2.0 ts_sqrt!1)))
 (let (($x231 (and (distinct ?x228 0.0) true)))
 (=> $x231 (= (* div!2 ?x228) 1.0)))))
(assert
 (let (($x47 (>= x0_0_2 0.0)))
 (=> $x47 (and (>= ts_sqrt!2 0.0) (= (* ts_sqrt!2 ts_sqrt!2) x0_0_2)))))
(assert
 (let ((?x238 (* 2.0 ts_sqrt!2)))
 (let (($x241 (and (distinct ?x238 0.0) true)))
 (=> $x241 (= (* div!3 ?x238) 0.0)))))
(assert
 (let (($x61 (>= x0_1_0 0.0)))
 (=> $x61 (and (>= ts_sqrt!3 0.0) (= (* ts_sqrt!3 ts_sqrt!3) x0_1_0)))))
(assert
 (let ((?x248 (* 2.0 ts_sqrt!3)))
 (let (($x251 (and (distinct ?x248 0.0) true)))
 (=> $x251 (= (* div!4 ?x248) 0.0)))))
(assert
 (let (($x75 (>= x0_1_1 0.0)))
 (=> $x75 (and (>= ts_sqrt!4 0.0) (= (* ts_sqrt!4 ts_sqrt!4) x0_1_1)))))
(assert
 (let ((?x258 (* 2.0 ts_sqrt!4)))
 (let (($x261 (and (distinct ?x258 0.0) true)))
 (=> $x261 (= (* div!5 ?x258) 0.0)))))
(assert
 (let (($x89 (>= x0_1_2 0.0)))
 (=> $x89 (and (>= ts_sqrt!5 0.0) (= (* ts_sqrt!5 ts_sqrt!5) x0_1_2)))))
(assert
 (let ((?x268 (* 2.0 ts_sqrt!5)))
 (let (($x271 (and (distinct ?x268 0.0) true)))
 (=> $x271 (= (* div!6 ?x268) 0.0)))))
(assert
 (let (($x275 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x275 (= (/ 1.0 2.0) (* div!7 ts_sqrt!0)))))
(assert
 (let (($x279 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x279 (= (/ 1.0 2.0) (* div!8 ts_sqrt!1)))))
(assert
 (let (($x283 (and (distinct ts_sqrt!2 0.0) true)))
 (=> $x283 (= (/ 1.0 2.0) (* div!9 ts_sqrt!2)))))
(assert
 (let (($x287 (and (distinct ts_sqrt!3 0.0) true)))
 (=> $x287 (= (/ 1.0 2.0) (* div!10 ts_sqrt!3)))))
(assert
 (let (($x291 (and (distinct ts_sqrt!4 0.0) true)))
 (=> $x291 (= (/ 1.0 2.0) (* div!11 ts_sqrt!4)))))
(assert
 (let (($x295 (and (distinct ts_sqrt!5 0.0) true)))
 (=> $x295 (= (/ 1.0 2.0) (* div!12 ts_sqrt!5)))))
(assert
 (>= x0_0_0 0.0))
(assert
 (let ((?x218 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x218 0.0) true)))
(assert
 (>= x0_0_1 0.0))
(assert
 (let ((?x228 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x228 0.0) true)))
(assert
 (>= x0_0_2 0.0))
(assert
 (let ((?x238 (* 2.0 ts_sqrt!2)))
 (and (distinct ?x238 0.0) true)))
(assert
 (>= x0_1_0 0.0))
(assert
 (let ((?x248 (* 2.0 ts_sqrt!3)))
 (and (distinct ?x248 0.0) true)))
(assert
 (>= x0_1_1 0.0))
(assert
 (let ((?x258 (* 2.0 ts_sqrt!4)))
 (and (distinct ?x258 0.0) true)))
(assert
 (>= x0_1_2 0.0))
(assert
 (let ((?x268 (* 2.0 ts_sqrt!5)))
 (and (distinct ?x268 0.0) true)))
(assert
 (and (distinct ts_sqrt!0 0.0) true))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (and (distinct ts_sqrt!2 0.0) true))
(assert
 (and (distinct ts_sqrt!3 0.0) true))
(assert
 (and (distinct ts_sqrt!4 0.0) true))
(assert
 (and (distinct ts_sqrt!5 0.0) true))
(assert
 (let ((?x147 (* w_0_1 div!8)))
 (let ((?x174 (* div!6 w_1_2)))
 (let ((?x173 (* div!5 w_1_1)))
 (let ((?x172 (* div!4 w_1_0)))
 (let ((?x171 (* div!3 w_0_2)))
 (let ((?x170 (* div!2 w_0_1)))
 (let ((?x169 (* div!1 w_0_0)))
 (let ((?x175 (+ ?x169 ?x170 ?x171 ?x172 ?x173 ?x174)))
 (let (($x189 (= ?x175 ?x147)))
 (not $x189)))))))))))
(assert
 (let (($x299 (= ts_sqrt!0 ts_sqrt!1)))
 (=> (and (= x0_0_0 x0_0_1)) $x299)))
(assert
 (let (($x303 (= ts_sqrt!0 ts_sqrt!2)))
 (=> (and (= x0_0_0 x0_0_2)) $x303)))
(assert
 (let (($x307 (= ts_sqrt!0 ts_sqrt!3)))
 (=> (and (= x0_0_0 x0_1_0)) $x307)))
(assert
 (let (($x311 (= ts_sqrt!0 ts_sqrt!4)))
 (=> (and (= x0_0_0 x0_1_1)) $x311)))
(assert
 (let (($x315 (= ts_sqrt!0 ts_sqrt!5)))
 (=> (and (= x0_0_0 x0_1_2)) $x315)))
(assert
 (let (($x319 (= ts_sqrt!1 ts_sqrt!2)))
 (=> (and (= x0_0_1 x0_0_2)) $x319)))
(assert
 (let (($x323 (= ts_sqrt!1 ts_sqrt!3)))
 (=> (and (= x0_0_1 x0_1_0)) $x323)))
(assert
 (let (($x327 (= ts_sqrt!1 ts_sqrt!4)))
 (=> (and (= x0_0_1 x0_1_1)) $x327)))
(assert
 (let (($x331 (= ts_sqrt!1 ts_sqrt!5)))
 (=> (and (= x0_0_1 x0_1_2)) $x331)))
(assert
 (let (($x335 (= ts_sqrt!2 ts_sqrt!3)))
 (=> (and (= x0_0_2 x0_1_0)) $x335)))
(assert
 (let (($x339 (= ts_sqrt!2 ts_sqrt!4)))
 (=> (and (= x0_0_2 x0_1_1)) $x339)))
(assert
 (let (($x343 (= ts_sqrt!2 ts_sqrt!5)))
 (=> (and (= x0_0_2 x0_1_2)) $x343)))
(assert
 (let (($x347 (= ts_sqrt!3 ts_sqrt!4)))
 (=> (and (= x0_1_0 x0_1_1)) $x347)))
(assert
 (let (($x351 (= ts_sqrt!3 ts_sqrt!5)))
 (=> (and (= x0_1_0 x0_1_2)) $x351)))
(assert
 (let (($x355 (= ts_sqrt!4 ts_sqrt!5)))
(=> (and (= x0_1_1 x0_1_2)) $x355)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun ts_sqrt!0 () Real)
(declare-fun div!1 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun ts_sqrt!1 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun ts_sqrt!2 () Real)
(declare-fun div!3 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun ts_sqrt!3 () Real)
(declare-fun div!4 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun ts_sqrt!4 () Real)
(declare-fun div!5 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun ts_sqrt!5 () Real)
(declare-fun div!6 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(declare-fun w_0_2 () Real)
(declare-fun w_1_2 () Real)
(declare-fun w_1_1 () Real)
(declare-fun w_1_0 () Real)
(declare-fun w_0_1 () Real)
(declare-fun w_0_0 () Real)
(assert
 (let (($x18 (>= x0_0_0 0.0)))
 (=> $x18 (and (>= ts_sqrt!0 0.0) (= (* ts_sqrt!0 ts_sqrt!0) x0_0_0)))))
(assert
 (let ((?x218 (* 2.0 ts_sqrt!0)))
 (let (($x221 (and (distinct ?x218 0.0) true)))
 (=> $x221 (= (* div!1 ?x218) 0.0)))))
(assert
 (let (($x33 (>= x0_0_1 0.0)))
 (=> $x33 (and (>= ts_sqrt!1 0.0) (= (* ts_sqrt!1 ts_sqrt!1) x0_0_1)))))
(assert
 (let ((?x228 (* 2.0 ts_sqrt!1)))
 (let (($x231 (and (distinct ?x228 0.0) true)))
 (=> $x231 (= (* div!2 ?x228) 0.0)))))
(assert
 (let (($x47 (>= x0_0_2 0.0)))
 (=> $x47 (and (>= ts_sqrt!2 0.0) (= (* ts_sqrt!2 ts_sqrt!2) x0_0_2)))))
(assert
 (let ((?x238 (* 2.0 ts_sqrt!2)))
 (let (($x241 (and (distinct ?x238 0.0) true)))
 (=> $x241 (= (* div!3 ?x238) 1.0)))))
(assert
 (let (($x61 (>= x0_1_0 0.0)))
 (=> $x61 (and (>= ts_sqrt!3 0.0) (= (* ts_sqrt!3 ts_sqrt!3) x0_1_0)))))
(assert
 (let ((?x248 (* 2.0 ts_sqrt!3)))
 (let (($x251 (and (distinct ?x248 0.0) true)))
 (=> $x251 (= (* div!4 ?x248) 0.0)))))
(assert
 (let (($x75 (>= x0_1_1 0.0)))
 (=> $x75 (and (>= ts_sqrt!4 0.0) (= (* ts_sqrt!4 ts_sqrt!4) x0_1_1)))))
(assert
 (let ((?x258 (* 2.0 ts_sqrt!4)))
 (let (($x261 (and (distinct ?x258 0.0) true)))
 (=> $x261 (= (* div!5 ?x258) 0.0)))))
(assert
 (let (($x89 (>= x0_1_2 0.0)))
 (=> $x89 (and (>= ts_sqrt!5 0.0) (= (* ts_sqrt!5 ts_sqrt!5) x0_1_2)))))
(assert
 (let ((?x268 (* 2.0 ts_sqrt!5)))
 (let (($x271 (and (distinct ?x268 0.0) true)))
 (=> $x271 (= (* div!6 ?x268) 0.0)))))
(assert
 (let (($x275 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x275 (= (/ 1.0 2.0) (* div!7 ts_sqrt!0)))))
(assert
 (let (($x279 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x279 (= (/ 1.0 2.0) (* div!8 ts_sqrt!1)))))
(assert
 (let (($x283 (and (distinct ts_sqrt!2 0.0) true)))
 (=> $x283 (= (/ 1.0 2.0) (* div!9 ts_sqrt!2)))))
(assert
 (let (($x287 (and (distinct ts_sqrt!3 0.0) true)))
 (=> $x287 (= (/ 1.0 2.0) (* div!10 ts_sqrt!3)))))
(assert
 (let (($x291 (and (distinct ts_sqrt!4 0.0) true)))
 (=> $x291 (= (/ 1.0 2.0) (* div!11 ts_sqrt!4)))))
(assert
 (let (($x295 (and (distinct ts_sqrt!5 0.0) true)))
 (=> $x295 (= (/ 1.0 2.0) (* div!12 ts_sqrt!5)))))
(assert
 (>= x0_0_0 0.0))
(assert
 (let ((?x218 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x218 0.0) true)))
(assert
 (>= x0_0_1 0.0))
(assert
 (let ((?x228 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x228 0.0) true)))
(assert
 (>= x0_0_2 0.0))
(assert
 (let ((?x238 (* 2.0 ts_sqrt!2)))
 (and (distinct ?x238 0.0) true)))
(assert
 (>= x0_1_0 0.0))
(assert
 (let ((?x248 (* 2.0 ts_sqrt!3)))
 (and (distinct ?x248 0.0) true)))
(assert
 (>= x0_1_1 0.0))
(assert
 (let ((?x258 (* 2.0 ts_sqrt!4)))
 (and (distinct ?x258 0.0) true)))
(assert
 (>= x0_1_2 0.0))
(assert
 (let ((?x268 (* 2.0 ts_sqrt!5)))
 (and (distinct ?x268 0.0) true)))
(assert
 (and (distinct ts_sqrt!0 0.0) true))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (and (distinct ts_sqrt!2 0.0) true))
(assert
 (and (distinct ts_sqrt!3 0.0) true))
(assert
 (and (distinct ts_sqrt!4 0.0) true))
(assert
 (and (distinct ts_sqrt!5 0.0) true))
(assert
 (let ((?x148 (* w_0_2 div!9)))
 (let ((?x174 (* div!6 w_1_2)))
 (let ((?x173 (* div!5 w_1_1)))
 (let ((?x172 (* div!4 w_1_0)))
 (let ((?x171 (* div!3 w_0_2)))
 (let ((?x170 (* div!2 w_0_1)))
 (let ((?x169 (* div!1 w_0_0)))
 (let ((?x175 (+ ?x169 ?x170 ?x171 ?x172 ?x173 ?x174)))
 (let (($x194 (= ?x175 ?x148)))
 (not $x194)))))))))))
(assert
 (let (($x299 (= ts_sqrt!0 ts_sqrt!1)))
 (=> (and (= x0_0_0 x0_0_1)) $x299)))
(assert
 (let (($x303 (= ts_sqrt!0 ts_sqrt!2)))
 (=> (and (= x0_0_0 x0_0_2)) $x303)))
(assert
 (let (($x307 (= ts_sqrt!0 ts_sqrt!3)))
 (=> (and (= x0_0_0 x0_1_0)) $x307)))
(assert
 (let (($x311 (= ts_sqrt!0 ts_sqrt!4)))
 (=> (and (= x0_0_0 x0_1_1)) $x311)))
(assert
 (let (($x315 (= ts_sqrt!0 ts_sqrt!5)))
 (=> (and (= x0_0_0 x0_1_2)) $x315)))
(assert
 (let (($x319 (= ts_sqrt!1 ts_sqrt!2)))
 (=> (and (= x0_0_1 x0_0_2)) $x319)))
(assert
 (let (($x323 (= ts_sqrt!1 ts_sqrt!3)))
 (=> (and (= x0_0_1 x0_1_0)) $x323)))
(assert
 (let (($x327 (= ts_sqrt!1 ts_sqrt!4)))
 (=> (and (= x0_0_1 x0_1_1)) $x327)))
(assert
 (let (($x331 (= ts_sqrt!1 ts_sqrt!5)))
 (=> (and (= x0_0_1 x0_1_2)) $x331)))
(assert
 (let (($x335 (= ts_sqrt!2 ts_sqrt!3)))
 (=> (and (= x0_0_2 x0_1_0)) $x335)))
(assert
 (let (($x339 (= ts_sqrt!2 ts_sqrt!4)))
 (=> (and (= x0_0_2 x0_1_1)) $x339)))
(assert
 (let (($x343 (= ts_sqrt!2 ts_sqrt!5)))
 (=> (and (= x0_0_2 x0_1_2)) $x343)))
(assert
 (let (($x347 (= ts_sqrt!3 ts_sqrt!4)))
 (=> (and (= x0_1_0 x0_1_1)) $x347)))
(assert
 (let (($x351 (= ts_sqrt!3 ts_sqrt!5)))
 (=> (and (= x0_1_0 x0_1_2)) $x351)))
(assert
 (let (($x355 (= ts_sqrt!4 ts_sqrt!5)))
(=> (and (= x0_1_1 x0_1_2)) $x355)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun ts_sqrt!0 () Real)
(declare-fun div!1 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun ts_sqrt!1 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun ts_sqrt!2 () Real)
(declare-fun div!3 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun ts_sqrt!3 () Real)
(declare-fun div!4 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun ts_sqrt!4 () Real)
(declare-fun div!5 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun ts_sqrt!5 () Real)
(declare-fun div!6 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(declare-fun w_1_0 () Real)
(declare-fun w_1_2 () Real)
(declare-fun w_1_1 () Real)
(declare-fun w_0_2 () Real)
(declare-fun w_0_1 () Real)
(declare-fun w_0_0 () Real)
(assert
 (let (($x18 (>= x0_0_0 0.0)))
 (=> $x18 (and (>= ts_sqrt!0 0.0) (= (* ts_sqrt!0 ts_sqrt!0) x0_0_0)))))
(assert
 (let ((?x218 (* 2.0 ts_sqrt!0)))
 (let (($x221 (and (distinct ?x218 0.0) true)))
 (=> $x221 (= (* div!1 ?x218) 0.0)))))
(assert
 (let (($x33 (>= x0_0_1 0.0)))
 (=> $x33 (and (>= ts_sqrt!1 0.0) (= (* ts_sqrt!1 ts_sqrt!1) x0_0_1)))))
(assert
 (let ((?x228 (* 2.0 ts_sqrt!1)))
 (let (($x231 (and (distinct ?x228 0.0) true)))
 (=> $x231 (= (* div!2 ?x228) 0.0)))))
(assert
 (let (($x47 (>= x0_0_2 0.0)))
 (=> $x47 (and (>= ts_sqrt!2 0.0) (= (* ts_sqrt!2 ts_sqrt!2) x0_0_2)))))
(assert
 (let ((?x238 (* 2.0 ts_sqrt!2)))
 (let (($x241 (and (distinct ?x238 0.0) true)))
 (=> $x241 (= (* div!3 ?x238) 0.0)))))
(assert
 (let (($x61 (>= x0_1_0 0.0)))
 (=> $x61 (and (>= ts_sqrt!3 0.0) (= (* ts_sqrt!3 ts_sqrt!3) x0_1_0)))))
(assert
 (let ((?x248 (* 2.0 ts_sqrt!3)))
 (let (($x251 (and (distinct ?x248 0.0) true)))
 (=> $x251 (= (* div!4 ?x248) 1.0)))))
(assert
 (let (($x75 (>= x0_1_1 0.0)))
 (=> $x75 (and (>= ts_sqrt!4 0.0) (= (* ts_sqrt!4 ts_sqrt!4) x0_1_1)))))
(assert
 (let ((?x258 (* 2.0 ts_sqrt!4)))
 (let (($x261 (and (distinct ?x258 0.0) true)))
 (=> $x261 (= (* div!5 ?x258) 0.0)))))
(assert
 (let (($x89 (>= x0_1_2 0.0)))
 (=> $x89 (and (>= ts_sqrt!5 0.0) (= (* ts_sqrt!5 ts_sqrt!5) x0_1_2)))))
(assert
 (let ((?x268 (* 2.0 ts_sqrt!5)))
 (let (($x271 (and (distinct ?x268 0.0) true)))
 (=> $x271 (= (* div!6 ?x268) 0.0)))))
(assert
 (let (($x275 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x275 (= (/ 1.0 2.0) (* div!7 ts_sqrt!0)))))
(assert
 (let (($x279 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x279 (= (/ 1.0 2.0) (* div!8 ts_sqrt!1)))))
(assert
 (let (($x283 (and (distinct ts_sqrt!2 0.0) true)))
 (=> $x283 (= (/ 1.0 2.0) (* div!9 ts_sqrt!2)))))
(assert
 (let (($x287 (and (distinct ts_sqrt!3 0.0) true)))
 (=> $x287 (= (/ 1.0 2.0) (* div!10 ts_sqrt!3)))))
(assert
 (let (($x291 (and (distinct ts_sqrt!4 0.0) true)))
 (=> $x291 (= (/ 1.0 2.0) (* div!11 ts_sqrt!4)))))
(assert
 (let (($x295 (and (distinct ts_sqrt!5 0.0) true)))
 (=> $x295 (= (/ 1.0 2.0) (* div!12 ts_sqrt!5)))))
(assert
 (>= x0_0_0 0.0))
(assert
 (let ((?x218 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x218 0.0) true)))
(assert
 (>= x0_0_1 0.0))
(assert
 (let ((?x228 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x228 0.0) true)))
(assert
 (>= x0_0_2 0.0))
(assert
 (let ((?x238 (* 2.0 ts_sqrt!2)))
 (and (distinct ?x238 0.0) true)))
(assert
 (>= x0_1_0 0.0))
(assert
 (let ((?x248 (* 2.0 ts_sqrt!3)))
 (and (distinct ?x248 0.0) true)))
(assert
 (>= x0_1_1 0.0))
(assert
 (let ((?x258 (* 2.0 ts_sqrt!4)))
 (and (distinct ?x258 0.0) true)))
(assert
 (>= x0_1_2 0.0))
(assert
 (let ((?x268 (* 2.0 ts_sqrt!5)))
 (and (distinct ?x268 0.0) true)))
(assert
 (and (distinct ts_sqrt!0 0.0) true))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (and (distinct ts_sqrt!2 0.0) true))
(assert
 (and (distinct ts_sqrt!3 0.0) true))
(assert
 (and (distinct ts_sqrt!4 0.0) true))
(assert
 (and (distinct ts_sqrt!5 0.0) true))
(assert
 (let ((?x149 (* w_1_0 div!10)))
 (let ((?x174 (* div!6 w_1_2)))
 (let ((?x173 (* div!5 w_1_1)))
 (let ((?x172 (* div!4 w_1_0)))
 (let ((?x171 (* div!3 w_0_2)))
 (let ((?x170 (* div!2 w_0_1)))
 (let ((?x169 (* div!1 w_0_0)))
 (let ((?x175 (+ ?x169 ?x170 ?x171 ?x172 ?x173 ?x174)))
 (let (($x197 (= ?x175 ?x149)))
 (not $x197)))))))))))
(assert
 (let (($x299 (= ts_sqrt!0 ts_sqrt!1)))
 (=> (and (= x0_0_0 x0_0_1)) $x299)))
(assert
 (let (($x303 (= ts_sqrt!0 ts_sqrt!2)))
 (=> (and (= x0_0_0 x0_0_2)) $x303)))
(assert
 (let (($x307 (= ts_sqrt!0 ts_sqrt!3)))
 (=> (and (= x0_0_0 x0_1_0)) $x307)))
(assert
 (let (($x311 (= ts_sqrt!0 ts_sqrt!4)))
 (=> (and (= x0_0_0 x0_1_1)) $x311)))
(assert
 (let (($x315 (= ts_sqrt!0 ts_sqrt!5)))
 (=> (and (= x0_0_0 x0_1_2)) $x315)))
(assert
 (let (($x319 (= ts_sqrt!1 ts_sqrt!2)))
 (=> (and (= x0_0_1 x0_0_2)) $x319)))
(assert
 (let (($x323 (= ts_sqrt!1 ts_sqrt!3)))
 (=> (and (= x0_0_1 x0_1_0)) $x323)))
(assert
 (let (($x327 (= ts_sqrt!1 ts_sqrt!4)))
 (=> (and (= x0_0_1 x0_1_1)) $x327)))
(assert
 (let (($x331 (= ts_sqrt!1 ts_sqrt!5)))
 (=> (and (= x0_0_1 x0_1_2)) $x331)))
(assert
 (let (($x335 (= ts_sqrt!2 ts_sqrt!3)))
 (=> (and (= x0_0_2 x0_1_0)) $x335)))
(assert
 (let (($x339 (= ts_sqrt!2 ts_sqrt!4)))
 (=> (and (= x0_0_2 x0_1_1)) $x339)))
(assert
 (let (($x343 (= ts_sqrt!2 ts_sqrt!5)))
 (=> (and (= x0_0_2 x0_1_2)) $x343)))
(assert
 (let (($x347 (= ts_sqrt!3 ts_sqrt!4)))
 (=> (and (= x0_1_0 x0_1_1)) $x347)))
(assert
 (let (($x351 (= ts_sqrt!3 ts_sqrt!5)))
 (=> (and (= x0_1_0 x0_1_2)) $x351)))
(assert
 (let (($x355 (= ts_sqrt!4 ts_sqrt!5)))
(=> (and (= x0_1_1 x0_1_2)) $x355)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun ts_sqrt!0 () Real)
(declare-fun div!1 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun ts_sqrt!1 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun ts_sqrt!2 () Real)
(declare-fun div!3 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun ts_sqrt!3 () Real)
(declare-fun div!4 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun ts_sqrt!4 () Real)
(declare-fun div!5 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun ts_sqrt!5 () Real)
(declare-fun div!6 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(declare-fun w_1_1 () Real)
(declare-fun w_1_2 () Real)
(declare-fun w_1_0 () Real)
(declare-fun w_0_2 () Real)
(declare-fun w_0_1 () Real)
(declare-fun w_0_0 () Real)
(assert
 (let (($x18 (>= x0_0_0 0.0)))
 (=> $x18 (and (>= ts_sqrt!0 0.0) (= (* ts_sqrt!0 ts_sqrt!0) x0_0_0)))))
(assert
 (let ((?x218 (* 2.0 ts_sqrt!0)))
 (let (($x221 (and (distinct ?x218 0.0) true)))
 (=> $x221 (= (* div!1 ?x218) 0.0)))))
(assert
 (let (($x33 (>= x0_0_1 0.0)))
 (=> $x33 (and (>= ts_sqrt!1 0.0) (= (* ts_sqrt!1 ts_sqrt!1) x0_0_1)))))
(assert
 (let ((?x228 (* 2.0 ts_sqrt!1)))
 (let (($x231 (and (distinct ?x228 0.0) true)))
 (=> $x231 (= (* div!2 ?x228) 0.0)))))
(assert
 (let (($x47 (>= x0_0_2 0.0)))
 (=> $x47 (and (>= ts_sqrt!2 0.0) (= (* ts_sqrt!2 ts_sqrt!2) x0_0_2)))))
(assert
 (let ((?x238 (* 2.0 ts_sqrt!2)))
 (let (($x241 (and (distinct ?x238 0.0) true)))
 (=> $x241 (= (* div!3 ?x238) 0.0)))))
(assert
 (let (($x61 (>= x0_1_0 0.0)))
 (=> $x61 (and (>= ts_sqrt!3 0.0) (= (* ts_sqrt!3 ts_sqrt!3) x0_1_0)))))
(assert
 (let ((?x248 (* 2.0 ts_sqrt!3)))
 (let (($x251 (and (distinct ?x248 0.0) true)))
 (=> $x251 (= (* div!4 ?x248) 0.0)))))
(assert
 (let (($x75 (>= x0_1_1 0.0)))
 (=> $x75 (and (>= ts_sqrt!4 0.0) (= (* ts_sqrt!4 ts_sqrt!4) x0_1_1)))))
(assert
 (let ((?x258 (* 2.0 ts_sqrt!4)))
 (let (($x261 (and (distinct ?x258 0.0) true)))
 (=> $x261 (= (* div!5 ?x258) 1.0)))))
(assert
 (let (($x89 (>= x0_1_2 0.0)))
 (=> $x89 (and (>= ts_sqrt!5 0.0) (= (* ts_sqrt!5 ts_sqrt!5) x0_1_2)))))
(assert
 (let ((?x268 (* 2.0 ts_sqrt!5)))
 (let (($x271 (and (distinct ?x268 0.0) true)))
 (=> $x271 (= (* div!6 ?x268) 0.0)))))
(assert
 (let (($x275 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x275 (= (/ 1.0 2.0) (* div!7 ts_sqrt!0)))))
(assert
 (let (($x279 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x279 (= (/ 1.0 2.0) (* div!8 ts_sqrt!1)))))
(assert
 (let (($x283 (and (distinct ts_sqrt!2 0.0) true)))
 (=> $x283 (= (/ 1.0 2.0) (* div!9 ts_sqrt!2)))))
(assert
 (let (($x287 (and (distinct ts_sqrt!3 0.0) true)))
 (=> $x287 (= (/ 1.0 2.0) (* div!10 ts_sqrt!3)))))
(assert
 (let (($x291 (and (distinct ts_sqrt!4 0.0) true)))
 (=> $x291 (= (/ 1.0 2.0) (* div!11 ts_sqrt!4)))))
(assert
 (let (($x295 (and (distinct ts_sqrt!5 0.0) true)))
 (=> $x295 (= (/ 1.0 2.0) (* div!12 ts_sqrt!5)))))
(assert
 (>= x0_0_0 0.0))
(assert
 (let ((?x218 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x218 0.0) true)))
(assert
 (>= x0_0_1 0.0))
(assert
 (let ((?x228 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x228 0.0) true)))
(assert
 (>= x0_0_2 0.0))
(assert
 (let ((?x238 (* 2.0 ts_sqrt!2)))
 (and (distinct ?x238 0.0) true)))
(assert
 (>= x0_1_0 0.0))
(assert
 (let ((?x248 (* 2.0 ts_sqrt!3)))
 (and (distinct ?x248 0.0) true)))
(assert
 (>= x0_1_1 0.0))
(assert
 (let ((?x258 (* 2.0 ts_sqrt!4)))
 (and (distinct ?x258 0.0) true)))
(assert
 (>= x0_1_2 0.0))
(assert
 (let ((?x268 (* 2.0 ts_sqrt!5)))
 (and (distinct ?x268 0.0) true)))
(assert
 (and (distinct ts_sqrt!0 0.0) true))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (and (distinct ts_sqrt!2 0.0) true))
(assert
 (and (distinct ts_sqrt!3 0.0) true))
(assert
 (and (distinct ts_sqrt!4 0.0) true))
(assert
 (and (distinct ts_sqrt!5 0.0) true))
(assert
 (let ((?x150 (* w_1_1 div!11)))
 (let ((?x174 (* div!6 w_1_2)))
 (let ((?x173 (* div!5 w_1_1)))
 (let ((?x172 (* div!4 w_1_0)))
 (let ((?x171 (* div!3 w_0_2)))
 (let ((?x170 (* div!2 w_0_1)))
 (let ((?x169 (* div!1 w_0_0)))
 (let ((?x175 (+ ?x169 ?x170 ?x171 ?x172 ?x173 ?x174)))
 (let (($x200 (= ?x175 ?x150)))
 (not $x200)))))))))))
(assert
 (let (($x299 (= ts_sqrt!0 ts_sqrt!1)))
 (=> (and (= x0_0_0 x0_0_1)) $x299)))
(assert
 (let (($x303 (= ts_sqrt!0 ts_sqrt!2)))
 (=> (and (= x0_0_0 x0_0_2)) $x303)))
(assert
 (let (($x307 (= ts_sqrt!0 ts_sqrt!3)))
 (=> (and (= x0_0_0 x0_1_0)) $x307)))
(assert
 (let (($x311 (= ts_sqrt!0 ts_sqrt!4)))
 (=> (and (= x0_0_0 x0_1_1)) $x311)))
(assert
 (let (($x315 (= ts_sqrt!0 ts_sqrt!5)))
 (=> (and (= x0_0_0 x0_1_2)) $x315)))
(assert
 (let (($x319 (= ts_sqrt!1 ts_sqrt!2)))
 (=> (and (= x0_0_1 x0_0_2)) $x319)))
(assert
 (let (($x323 (= ts_sqrt!1 ts_sqrt!3)))
 (=> (and (= x0_0_1 x0_1_0)) $x323)))
(assert
 (let (($x327 (= ts_sqrt!1 ts_sqrt!4)))
 (=> (and (= x0_0_1 x0_1_1)) $x327)))
(assert
 (let (($x331 (= ts_sqrt!1 ts_sqrt!5)))
 (=> (and (= x0_0_1 x0_1_2)) $x331)))
(assert
 (let (($x335 (= ts_sqrt!2 ts_sqrt!3)))
 (=> (and (= x0_0_2 x0_1_0)) $x335)))
(assert
 (let (($x339 (= ts_sqrt!2 ts_sqrt!4)))
 (=> (and (= x0_0_2 x0_1_1)) $x339)))
(assert
 (let (($x343 (= ts_sqrt!2 ts_sqrt!5)))
 (=> (and (= x0_0_2 x0_1_2)) $x343)))
(assert
 (let (($x347 (= ts_sqrt!3 ts_sqrt!4)))
 (=> (and (= x0_1_0 x0_1_1)) $x347)))
(assert
 (let (($x351 (= ts_sqrt!3 ts_sqrt!5)))
 (=> (and (= x0_1_0 x0_1_2)) $x351)))
(assert
 (let (($x355 (= ts_sqrt!4 ts_sqrt!5)))
(=> (and (= x0_1_1 x0_1_2)) $x355)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun ts_sqrt!0 () Real)
(declare-fun div!1 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun ts_sqrt!1 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun ts_sqrt!2 () Real)
(declare-fun div!3 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun ts_sqrt!3 () Real)
(declare-fun div!4 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun ts_sqrt!4 () Real)
(declare-fun div!5 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun ts_sqrt!5 () Real)
(declare-fun div!6 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(declare-fun w_1_2 () Real)
(declare-fun w_1_1 () Real)
(declare-fun w_1_0 () Real)
(declare-fun w_0_2 () Real)
(declare-fun w_0_1 () Real)
(declare-fun w_0_0 () Real)
(assert
 (let (($x18 (>= x0_0_0 0.0)))
 (=> $x18 (and (>= ts_sqrt!0 0.0) (= (* ts_sqrt!0 ts_sqrt!0) x0_0_0)))))
(assert
 (let ((?x218 (* 2.0 ts_sqrt!0)))
 (let (($x221 (and (distinct ?x218 0.0) true)))
 (=> $x221 (= (* div!1 ?x218) 0.0)))))
(assert
 (let (($x33 (>= x0_0_1 0.0)))
 (=> $x33 (and (>= ts_sqrt!1 0.0) (= (* ts_sqrt!1 ts_sqrt!1) x0_0_1)))))
(assert
 (let ((?x228 (* 2.0 ts_sqrt!1)))
 (let (($x231 (and (distinct ?x228 0.0) true)))
 (=> $x231 (= (* div!2 ?x228) 0.0)))))
(assert
 (let (($x47 (>= x0_0_2 0.0)))
 (=> $x47 (and (>= ts_sqrt!2 0.0) (= (* ts_sqrt!2 ts_sqrt!2) x0_0_2)))))
(assert
 (let ((?x238 (* 2.0 ts_sqrt!2)))
 (let (($x241 (and (distinct ?x238 0.0) true)))
 (=> $x241 (= (* div!3 ?x238) 0.0)))))
(assert
 (let (($x61 (>= x0_1_0 0.0)))
 (=> $x61 (and (>= ts_sqrt!3 0.0) (= (* ts_sqrt!3 ts_sqrt!3) x0_1_0)))))
(assert
 (let ((?x248 (* 2.0 ts_sqrt!3)))
 (let (($x251 (and (distinct ?x248 0.0) true)))
 (=> $x251 (= (* div!4 ?x248) 0.0)))))
(assert
 (let (($x75 (>= x0_1_1 0.0)))
 (=> $x75 (and (>= ts_sqrt!4 0.0) (= (* ts_sqrt!4 ts_sqrt!4) x0_1_1)))))
(assert
 (let ((?x258 (* 2.0 ts_sqrt!4)))
 (let (($x261 (and (distinct ?x258 0.0) true)))
 (=> $x261 (= (* div!5 ?x258) 0.0)))))
(assert
 (let (($x89 (>= x0_1_2 0.0)))
 (=> $x89 (and (>= ts_sqrt!5 0.0) (= (* ts_sqrt!5 ts_sqrt!5) x0_1_2)))))
(assert
 (let ((?x268 (* 2.0 ts_sqrt!5)))
 (let (($x271 (and (distinct ?x268 0.0) true)))
 (=> $x271 (= (* div!6 ?x268) 1.0)))))
(assert
 (let (($x275 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x275 (= (/ 1.0 2.0) (* div!7 ts_sqrt!0)))))
(assert
 (let (($x279 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x279 (= (/ 1.0 2.0) (* div!8 ts_sqrt!1)))))
(assert
 (let (($x283 (and (distinct ts_sqrt!2 0.0) true)))
 (=> $x283 (= (/ 1.0 2.0) (* div!9 ts_sqrt!2)))))
(assert
 (let (($x287 (and (distinct ts_sqrt!3 0.0) true)))
 (=> $x287 (= (/ 1.0 2.0) (* div!10 ts_sqrt!3)))))
(assert
 (let (($x291 (and (distinct ts_sqrt!4 0.0) true)))
 (=> $x291 (= (/ 1.0 2.0) (* div!11 ts_sqrt!4)))))
(assert
 (let (($x295 (and (distinct ts_sqrt!5 0.0) true)))
 (=> $x295 (= (/ 1.0 2.0) (* div!12 ts_sqrt!5)))))
(assert
 (>= x0_0_0 0.0))
(assert
 (let ((?x218 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x218 0.0) true)))
(assert
 (>= x0_0_1 0.0))
(assert
 (let ((?x228 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x228 0.0) true)))
(assert
 (>= x0_0_2 0.0))
(assert
 (let ((?x238 (* 2.0 ts_sqrt!2)))
 (and (distinct ?x238 0.0) true)))
(assert
 (>= x0_1_0 0.0))
(assert
 (let ((?x248 (* 2.0 ts_sqrt!3)))
 (and (distinct ?x248 0.0) true)))
(assert
 (>= x0_1_1 0.0))
(assert
 (let ((?x258 (* 2.0 ts_sqrt!4)))
 (and (distinct ?x258 0.0) true)))
(assert
 (>= x0_1_2 0.0))
(assert
 (let ((?x268 (* 2.0 ts_sqrt!5)))
 (and (distinct ?x268 0.0) true)))
(assert
 (and (distinct ts_sqrt!0 0.0) true))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (and (distinct ts_sqrt!2 0.0) true))
(assert
 (and (distinct ts_sqrt!3 0.0) true))
(assert
 (and (distinct ts_sqrt!4 0.0) true))
(assert
 (and (distinct ts_sqrt!5 0.0) true))
(assert
 (let ((?x151 (* w_1_2 div!12)))
 (let ((?x174 (* div!6 w_1_2)))
 (let ((?x173 (* div!5 w_1_1)))
 (let ((?x172 (* div!4 w_1_0)))
 (let ((?x171 (* div!3 w_0_2)))
 (let ((?x170 (* div!2 w_0_1)))
 (let ((?x169 (* div!1 w_0_0)))
 (let ((?x175 (+ ?x169 ?x170 ?x171 ?x172 ?x173 ?x174)))
 (let (($x203 (= ?x175 ?x151)))
 (not $x203)))))))))))
(assert
 (let (($x299 (= ts_sqrt!0 ts_sqrt!1)))
 (=> (and (= x0_0_0 x0_0_1)) $x299)))
(assert
 (let (($x303 (= ts_sqrt!0 ts_sqrt!2)))
 (=> (and (= x0_0_0 x0_0_2)) $x303)))
(assert
 (let (($x307 (= ts_sqrt!0 ts_sqrt!3)))
 (=> (and (= x0_0_0 x0_1_0)) $x307)))
(assert
 (let (($x311 (= ts_sqrt!0 ts_sqrt!4)))
 (=> (and (= x0_0_0 x0_1_1)) $x311)))
(assert
 (let (($x315 (= ts_sqrt!0 ts_sqrt!5)))
 (=> (and (= x0_0_0 x0_1_2)) $x315)))
(assert
 (let (($x319 (= ts_sqrt!1 ts_sqrt!2)))
 (=> (and (= x0_0_1 x0_0_2)) $x319)))
(assert
 (let (($x323 (= ts_sqrt!1 ts_sqrt!3)))
 (=> (and (= x0_0_1 x0_1_0)) $x323)))
(assert
 (let (($x327 (= ts_sqrt!1 ts_sqrt!4)))
 (=> (and (= x0_0_1 x0_1_1)) $x327)))
(assert
 (let (($x331 (= ts_sqrt!1 ts_sqrt!5)))
 (=> (and (= x0_0_1 x0_1_2)) $x331)))
(assert
 (let (($x335 (= ts_sqrt!2 ts_sqrt!3)))
 (=> (and (= x0_0_2 x0_1_0)) $x335)))
(assert
 (let (($x339 (= ts_sqrt!2 ts_sqrt!4)))
 (=> (and (= x0_0_2 x0_1_1)) $x339)))
(assert
 (let (($x343 (= ts_sqrt!2 ts_sqrt!5)))
 (=> (and (= x0_0_2 x0_1_2)) $x343)))
(assert
 (let (($x347 (= ts_sqrt!3 ts_sqrt!4)))
 (=> (and (= x0_1_0 x0_1_1)) $x347)))
(assert
 (let (($x351 (= ts_sqrt!3 ts_sqrt!5)))
 (=> (and (= x0_1_0 x0_1_2)) $x351)))
(assert
 (let (($x355 (= ts_sqrt!4 ts_sqrt!5)))
(=> (and (= x0_1_1 x0_1_2)) $x355)))
(check-sat)
