; torchsmt obligation sqrt.jvp_eq_dual@2x3 (lemma, op sqrt, jvp_eq_dual)
; the jvp rule equals the dual-number J v at shapes ((2, 3),), off kinks
(set-info :source |torchsmt lemma sqrt.jvp_eq_dual@2x3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun ts_sqrt!0 () Real)
(declare-fun v0_0_0 () Real)
(declare-fun div!1 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun ts_sqrt!1 () Real)
(declare-fun v0_0_1 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun ts_sqrt!2 () Real)
(declare-fun v0_0_2 () Real)
(declare-fun div!3 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun ts_sqrt!3 () Real)
(declare-fun v0_1_0 () Real)
(declare-fun div!4 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun ts_sqrt!4 () Real)
(declare-fun v0_1_1 () Real)
(declare-fun div!5 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun ts_sqrt!5 () Real)
(declare-fun v0_1_2 () Real)
(declare-fun div!6 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(assert
 (let (($x18 (>= x0_0_0 0.0)))
 (=> $x18 (and (>= ts_sqrt!0 0.0) (= (* ts_sqrt!0 ts_sqrt!0) x0_0_0)))))
(assert
 (let ((?x165 (* 2.0 ts_sqrt!0)))
 (let (($x168 (and (distinct ?x165 0.0) true)))
 (=> $x168 (= (* div!1 ?x165) v0_0_0)))))
(assert
 (let (($x33 (>= x0_0_1 0.0)))
 (=> $x33 (and (>= ts_sqrt!1 0.0) (= (* ts_sqrt!1 ts_sqrt!1) x0_0_1)))))
(assert
 (let ((?x175 (* 2.0 ts_sqrt!1)))
 (let (($x178 (and (distinct ?x175 0.0) true)))
 (=> $x178 (= (* div!2 ?x175) v0_0_1)))))
(assert
 (let (($x47 (>= x0_0_2 0.0)))
 (=> $x47 (and (>= ts_sqrt!2 0.0) (= (* ts_sqrt!2 ts_sqrt!2) x0_0_2)))))
(assert
 (let ((?x185 (* 2.0 ts_sqrt!2)))
 (let (($x188 (and (distinct ?x185 0.0) true)))
 (=> $x188 (= (* div!3 ?x185) v0_0_2)))))
(assert
 (let (($x61 (>= x0_1_0 0.0)))
 (=> $x61 (and (>= ts_sqrt!3 0.0) (= (* ts_sqrt!3 ts_sqrt!3) x0_1_0)))))
(assert
 (let ((?x195 (* 2.0 ts_sqrt!3)))
 (let (($x198 (and (distinct ?x195 0.0) true)))
 (=> $x198 (= (* div!4 ?x195) v0_1_0)))))
(assert
 (let (($x75 (>= x0_1_1 0.0)))
 (=> $x75 (and (>= ts_sqrt!4 0.0) (= (* ts_sqrt!4 ts_sqrt!4) x0_1_1)))))
(assert
 (let ((?x205 (* 2.0 ts_sqrt!4)))
 (let (($x208 (and (distinct ?x205 0.0) true)))
 (=> $x208 (= (* div!5 ?x205) v0_1_1)))))
(assert
 (let (($x89 (>= x0_1_2 0.0)))
 (=> $x89 (and (>= ts_sqrt!5 0.0) (= (* ts_sqrt!5 ts_sqrt!5) x0_1_2)))))
(assert
 (let ((?x215 (* 2.0 ts_sqrt!5)))
 (let (($x218 (and (distinct ?x215 0.0) true)))
 (=> $x218 (= (* div!6 ?x215) v0_1_2)))))
(assert
 (let (($x222 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x222 (= (/ 1.0 2.0) (* div!7 ts_sqrt!0)))))
(assert
 (let (($x226 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x226 (= (/ 1.0 2.0) (* div!8 ts_sqrt!1)))))
(assert
 (let (($x230 (and (distinct ts_sqrt!2 0.0) true)))
 (=> $x230 (= (/ 1.0 2.0) (* div!9 ts_sqrt!2)))))
(assert
 (let (($x234 (and (distinct ts_sqrt!3 0.0) true)))
 (=> $x234 (= (/ 1.0 2.0) (* div!10 ts_sqrt!3)))))
(assert
 (let (($x238 (and (distinct ts_sqrt!4 0.0) true)))
 (=> $x238 (= (/ 1.0 2.0) (* div!11 ts_sqrt!4)))))
(assert
 (let (($x242 (and (distinct ts_sqrt!5 0.0) true)))
 (=> $x242 (= (/ 1.0 2.0) (* div!12 ts_sqrt!5)))))
(assert
 (>= x0_0_0 0.0))
(assert
 (let ((?x165 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x165 0.0) true)))
(assert
 (>= x0_0_1 0.0))
(assert
 (let ((?x175 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x175 0.0) true)))
(assert
 (>= x0_0_2 0.0))
(assert
 (let ((?x185 (* 2.0 ts_sqrt!2)))
 (and (distinct ?x185 0.0) true)))
(assert
 (>= x0_1_0 0.0))
(assert
 (let ((?x195 (* 2.0 ts_sqrt!3)))
 (and (distinct ?x195 0.0) true)))
(assert
 (>= x0_1_1 0.0))
(assert
 (let ((?x205 (* 2.0 ts_sqrt!4)))
 (and (distinct ?x205 0.0) true)))
(assert
 (>= x0_1_2 0.0))
(assert
 (let ((?x215 (* 2.0 ts_sqrt!5)))
 (and (distinct ?x215 0.0) true)))
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
 (let ((?x140 (* v0_0_0 div!7)))
 (let (($x146 (= ?x140 div!1)))
 (not $x146))))
(assert
 (let (($x246 (= ts_sqrt!0 ts_sqrt!1)))
 (=> (and (= x0_0_0 x0_0_1)) $x246)))
(assert
 (let (($x250 (= ts_sqrt!0 ts_sqrt!2)))
 (=> (and (= x0_0_0 x0_0_2)) $x250)))
(assert
 (let (($x254 (= ts_sqrt!0 ts_sqrt!3)))
 (=> (and (= x0_0_0 x0_1_0)) $x254)))
(assert
 (let (($x258 (= ts_sqrt!0 ts_sqrt!4)))
 (=> (and (= x0_0_0 x0_1_1)) $x258)))
(assert
 (let (($x262 (= ts_sqrt!0 ts_sqrt!5)))
 (=> (and (= x0_0_0 x0_1_2)) $x262)))
(assert
 (let (($x266 (= ts_sqrt!1 ts_sqrt!2)))
 (=> (and (= x0_0_1 x0_0_2)) $x266)))
(assert
 (let (($x270 (= ts_sqrt!1 ts_sqrt!3)))
 (=> (and (= x0_0_1 x0_1_0)) $x270)))
(assert
 (let (($x274 (= ts_sqrt!1 ts_sqrt!4)))
 (=> (and (= x0_0_1 x0_1_1)) $x274)))
(assert
 (let (($x278 (= ts_sqrt!1 ts_sqrt!5)))
 (=> (and (= x0_0_1 x0_1_2)) $x278)))
(assert
 (let (($x282 (= ts_sqrt!2 ts_sqrt!3)))
 (=> (and (= x0_0_2 x0_1_0)) $x282)))
(assert
 (let (($x286 (= ts_sqrt!2 ts_sqrt!4)))
 (=> (and (= x0_0_2 x0_1_1)) $x286)))
(assert
 (let (($x290 (= ts_sqrt!2 ts_sqrt!5)))
 (=> (and (= x0_0_2 x0_1_2)) $x290)))
(assert
 (let (($x294 (= ts_sqrt!3 ts_sqrt!4)))
 (=> (and (= x0_1_0 x0_1_1)) $x294)))
(assert
 (let (($x298 (= ts_sqrt!3 ts_sqrt!5)))
 (=> (and (= x0_1_0 x0_1_2)) $x298)))
(assert
 (let (($x302 (= ts_sqrt!4 ts_sqrt!5)))
(=> (and (= x0_1_1 x0_1_2)) $x302)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun ts_sqrt!0 () Real)
(declare-fun v0_0_0 () Real)
(declare-fun div!1 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun ts_sqrt!1 () Real)
(declare-fun v0_0_1 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun ts_sqrt!2 () Real)
(declare-fun v0_0_2 () Real)
(declare-fun div!3 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun ts_sqrt!3 () Real)
(declare-fun v0_1_0 () Real)
(declare-fun div!4 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun ts_sqrt!4 () Real)
(declare-fun v0_1_1 () Real)
(declare-fun div!5 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun ts_sqrt!5 () Real)
(declare-fun v0_1_2 () Real)
(declare-fun div!6 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(assert
 (let (($x18 (>= x0_0_0 0.0)))
 (=> $x18 (and (>= ts_sqrt!0 0.0) (= (* ts_sqrt!0 ts_sqrt!0) x0_0_0)))))
(assert
 (let ((?x165 (* 2.0 ts_sqrt!0)))
 (let (($x168 (and (distinct ?x165 0.0) true)))
 (=> $x168 (= (* div!1 ?x165) v0_0_0)))))
(assert
 (let (($x33 (>= x0_0_1 0.0)))
 (=> $x33 (and (>= ts_sqrt!1 0.0) (= (* ts_sqrt!1 ts_sqrt!1) x0_0_1)))))
(assert
 (let ((?x175 (* 2.0 ts_sqrt!1)))
 (let (($x178 (and (distinct ?x175 0.0) true)))
 (=> $x178 (= (* div!2 ?x175) v0_0_1)))))
(assert
 (let (($x47 (>= x0_0_2 0.0)))
 (=> $x47 (and (>= ts_sqrt!2 0.0) (= (* ts_sqrt!2 ts_sqrt!2) x0_0_2)))))
(assert
 (let ((?x185 (* 2.0 ts_sqrt!2)))
 (let (($x188 (and (distinct ?x185 0.0) true)))
 (=> $x188 (= (* div!3 ?x185) v0_0_2)))))
(assert
 (let (($x61 (>= x0_1_0 0.0)))
 (=> $x61 (and (>= ts_sqrt!3 0.0) (= (* ts_sqrt!3 ts_sqrt!3) x0_1_0)))))
(assert
 (let ((?x195 (* 2.0 ts_sqrt!3)))
 (let (($x198 (and (distinct ?x195 0.0) true)))
 (=> $x198 (= (* div!4 ?x195) v0_1_0)))))
(assert
 (let (($x75 (>= x0_1_1 0.0)))
 (=> $x75 (and (>= ts_sqrt!4 0.0) (= (* ts_sqrt!4 ts_sqrt!4) x0_1_1)))))
(assert
 (let ((?x205 (* 2.0 ts_sqrt!4)))
 (let (($x208 (and (distinct ?x205 0.0) true)))
 (=> $x208 (= (* div!5 ?x205) v0_1_1)))))
(assert
 (let (($x89 (>= x0_1_2 0.0)))
 (=> $x89 (and (>= ts_sqrt!5 0.0) (= (* ts_sqrt!5 ts_sqrt!5) x0_1_2)))))
(assert
 (let ((?x215 (* 2.0 ts_sqrt!5)))
 (let (($x218 (and (distinct ?x215 0.0) true)))
 (=> $x218 (= (* div!6 ?x215) v0_1_2)))))
(assert
 (let (($x222 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x222 (= (/ 1.0 2.0) (* div!7 ts_sqrt!0)))))
(assert
 (let (($x226 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x226 (= (/ 1.0 2.0) (* div!8 ts_sqrt!1)))))
(assert
 (let (($x230 (and (distinct ts_sqrt!2 0.0) true)))
 (=> $x230 (= (/ 1.0 2.0) (* div!9 ts_sqrt!2)))))
(assert
 (let (($x234 (and (distinct ts_sqrt!3 0.0) true)))
 (=> $x234 (= (/ 1.0 2.0) (* div!10 ts_sqrt!3)))))
(assert
 (let (($x238 (and (distinct ts_sqrt!4 0.0) true)))
 (=> $x238 (= (/ 1.0 2.0) (* div!11 ts_sqrt!4)))))
(assert
 (let (($x242 (and (distinct ts_sqrt!5 0.0) true)))
 (=> $x242 (= (/ 1.0 2.0) (* div!12 ts_sqrt!5)))))
(assert
 (>= x0_0_0 0.0))
(assert
 (let ((?x165 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x165 0.0) true)))
(assert
 (>= x0_0_1 0.0))
(assert
 (let ((?x175 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x175 0.0) true)))
(assert
 (>= x0_0_2 0.0))
(assert
 (let ((?x185 (* 2.0 ts_sqrt!2)))
 (and (distinct ?x185 0.0) true)))
(assert
 (>= x0_1_0 0.0))
(assert
 (let ((?x195 (* 2.0 ts_sqrt!3)))
 (and (distinct ?x195 0.0) true)))
(assert
 (>= x0_1_1 0.0))
(assert
 (let ((?x205 (* 2.0 ts_sqrt!4)))
 (and (distinct ?x205 0.0) true)))
(assert
 (>= x0_1_2 0.0))
(assert
 (let ((?x215 (* 2.0 ts_sqrt!5)))
 (and (distinct ?x215 0.0) true)))
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
 (let ((?x141 (* v0_0_1 div!8)))
 (let (($x147 (= ?x141 div!2)))
 (not $x147))))
(assert
 (let (($x246 (= ts_sqrt!0 ts_sqrt!1)))
 (=> (and (= x0_0_0 x0_0_1)) $x246)))
(assert
 (let (($x250 (= ts_sqrt!0 ts_sqrt!2)))
 (=> (and (= x0_0_0 x0_0_2)) $x250)))
(assert
 (let (($x254 (= ts_sqrt!0 ts_sqrt!3)))
 (=> (and (= x0_0_0 x0_1_0)) $x254)))
(assert
 (let (($x258 (= ts_sqrt!0 ts_sqrt!4)))
 (=> (and (= x0_0_0 x0_1_1)) $x258)))
(assert
 (let (($x262 (= ts_sqrt!0 ts_sqrt!5)))
 (=> (and (= x0_0_0 x0_1_2)) $x262)))
(assert
 (let (($x266 (= ts_sqrt!1 ts_sqrt!2)))
 (=> (and (= x0_0_1 x0_0_2)) $x266)))
(assert
 (let (($x270 (= ts_sqrt!1 ts_sqrt!3)))
 (=> (and (= x0_0_1 x0_1_0)) $x270)))
(assert
 (let (($x274 (= ts_sqrt!1 ts_sqrt!4)))
 (=> (and (= x0_0_1 x0_1_1)) $x274)))
(assert
 (let (($x278 (= ts_sqrt!1 ts_sqrt!5)))
 (=> (and (= x0_0_1 x0_1_2)) $x278)))
(assert
 (let (($x282 (= ts_sqrt!2 ts_sqrt!3)))
 (=> (and (= x0_0_2 x0_1_0)) $x282)))
(assert
 (let (($x286 (= ts_sqrt!2 ts_sqrt!4)))
 (=> (and (= x0_0_2 x0_1_1)) $x286)))
(assert
 (let (($x290 (= ts_sqrt!2 ts_sqrt!5)))
 (=> (and (= x0_0_2 x0_1_2)) $x290)))
(assert
 (let (($x294 (= ts_sqrt!3 ts_sqrt!4)))
 (=> (and (= x0_1_0 x0_1_1)) $x294)))
(assert
 (let (($x298 (= ts_sqrt!3 ts_sqrt!5)))
 (=> (and (= x0_1_0 x0_1_2)) $x298)))
(assert
 (let (($x302 (= ts_sqrt!4 ts_sqrt!5)))
(=> (and (= x0_1_1 x0_1_2)) $x302)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun ts_sqrt!0 () Real)
(declare-fun v0_0_0 () Real)
(declare-fun div!1 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun ts_sqrt!1 () Real)
(declare-fun v0_0_1 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun ts_sqrt!2 () Real)
(declare-fun v0_0_2 () Real)
(declare-fun div!3 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun ts_sqrt!3 () Real)
(declare-fun v0_1_0 () Real)
(declare-fun div!4 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun ts_sqrt!4 () Real)
(declare-fun v0_1_1 () Real)
(declare-fun div!5 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun ts_sqrt!5 () Real)
(declare-fun v0_1_2 () Real)
(declare-fun div!6 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(assert
 (let (($x18 (>= x0_0_0 0.0)))
 (=> $x18 (and (>= ts_sqrt!0 0.0) (= (* ts_sqrt!0 ts_sqrt!0) x0_0_0)))))
(assert
 (let ((?x165 (* 2.0 ts_sqrt!0)))
 (let (($x168 (and (distinct ?x165 0.0) true)))
 (=> $x168 (= (* div!1 ?x165) v0_0_0)))))
(assert
 (let (($x33 (>= x0_0_1 0.0)))
 (=> $x33 (and (>= ts_sqrt!1 0.0) (= (* ts_sqrt!1 ts_sqrt!1) x0_0_1)))))
(assert
 (let ((?x175 (* 2.0 ts_sqrt!1)))
 (let (($x178 (and (distinct ?x175 0.0) true)))
 (=> $x178 (= (* div!2 ?x175) v0_0_1)))))
(assert
 (let (($x47 (>= x0_0_2 0.0)))
 (=> $x47 (and (>= ts_sqrt!2 0.0) (= (* ts_sqrt!2 ts_sqrt!2) x0_0_2)))))
(assert
 (let ((?x185 (* 2.0 ts_sqrt!2)))
 (let (($x188 (and (distinct ?x185 0.0) true)))
 (=> $x188 (= (* div!3 ?x185) v0_0_2)))))
(assert
 (let (($x61 (>= x0_1_0 0.0)))
 (=> $x61 (and (>= ts_sqrt!3 0.0) (= (* ts_sqrt!3 ts_sqrt!3) x0_1_0)))))
(assert
 (let ((?x195 (* 2.0 ts_sqrt!3)))
 (let (($x198 (and (distinct ?x195 0.0) true)))
 (=> $x198 (= (* div!4 ?x195) v0_1_0)))))
(assert
 (let (($x75 (>= x0_1_1 0.0)))
 (=> $x75 (and (>= ts_sqrt!4 0.0) (= (* ts_sqrt!4 ts_sqrt!4) x0_1_1)))))
(assert
 (let ((?x205 (* 2.0 ts_sqrt!4)))
 (let (($x208 (and (distinct ?x205 0.0) true)))
 (=> $x208 (= (* div!5 ?x205) v0_1_1)))))
(assert
 (let (($x89 (>= x0_1_2 0.0)))
 (=> $x89 (and (>= ts_sqrt!5 0.0) (= (* ts_sqrt!5 ts_sqrt!5) x0_1_2)))))
(assert
 (let ((?x215 (* 2.0 ts_sqrt!5)))
 (let (($x218 (and (distinct ?x215 0.0) true)))
 (=> $x218 (= (* div!6 ?x215) v0_1_2)))))
(assert
 (let (($x222 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x222 (= (/ 1.0 2.0) (* div!7 ts_sqrt!0)))))
(assert
 (let (($x226 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x226 (= (/ 1.0 2.0) (* div!8 ts_sqrt!1)))))
(assert
 (let (($x230 (and (distinct ts_sqrt!2 0.0) true)))
 (=> $x230 (= (/ 1.0 2.0) (* div!9 ts_sqrt!2)))))
(assert
 (let (($x234 (and (distinct ts_sqrt!3 0.0) true)))
 (=> $x234 (= (/ 1.0 2.0) (* div!10 ts_sqrt!3)))))
(assert
 (let (($x238 (and (distinct ts_sqrt!4 0.0) true)))
 (=> $x238 (= (/ 1.0 2.0) (* div!11 ts_sqrt!4)))))
(assert
 (let (($x242 (and (distinct ts_sqrt!5 0.0) true)))
 (=> $x242 (= (/ 1.0 2.0) (* div!12 ts_sqrt!5)))))
(assert
 (>= x0_0_0 0.0))
(assert
 (let ((?x165 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x165 0.0) true)))
(assert
 (>= x0_0_1 0.0))
(assert
 (let ((?x175 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x175 0.0) true)))
(assert
 (>= x0_0_2 0.0))
(assert
 (let ((?x185 (* 2.0 ts_sqrt!2)))
 (and (distinct ?x185 0.0) true)))
(assert
 (>= x0_1_0 0.0))
(assert
 (let ((?x195 (* 2.0 ts_sqrt!3)))
 (and (distinct ?x195 0.0) true)))
(assert
 (>= x0_1_1 0.0))
(assert
 (let ((?x205 (* 2.0 ts_sqrt!4)))
 (and (distinct ?x205 0.0) true)))
(assert
 (>= x0_1_2 0.0))
(assert
 (let ((?x215 (* 2.0 ts_sqrt!5)))
 (and (distinct ?x215 0.0) true)))
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
 (let ((?x142 (* v0_0_2 div!9)))
 (let (($x148 (= ?x142 div!3)))
 (not $x148))))
(assert
 (let (($x246 (= ts_sqrt!0 ts_sqrt!1)))
 (=> (and (= x0_0_0 x0_0_1)) $x246)))
(assert
 (let (($x250 (= ts_sqrt!0 ts_sqrt!2)))
 (=> (and (= x0_0_0 x0_0_2)) $x250)))
(assert
 (let (($x254 (= ts_sqrt!0 ts_sqrt!3)))
 (=> (and (= x0_0_0 x0_1_0)) $x254)))
(assert
 (let (($x258 (= ts_sqrt!0 ts_sqrt!4)))
 (=> (and (= x0_0_0 x0_1_1)) $x258)))
(assert
 (let (($x262 (= ts_sqrt!0 ts_sqrt!5)))
 (=> (and (= x0_0_0 x0_1_2)) $x262)))
(assert
 (let (($x266 (= ts_sqrt!1 ts_sqrt!2)))
 (=> (and (= x0_0_1 x0_0_2)) $x266)))
(assert
 (let (($x270 (= ts_sqrt!1 ts_sqrt!3)))
 (=> (and (= x0_0_1 x0_1_0)) $x270)))
(assert
 (let (($x274 (= ts_sqrt!1 ts_sqrt!4)))
 (=> (and (= x0_0_1 x0_1_1)) $x274)))
(assert
 (let (($x278 (= ts_sqrt!1 ts_sqrt!5)))
 (=> (and (= x0_0_1 x0_1_2)) $x278)))
(assert
 (let (($x282 (= ts_sqrt!2 ts_sqrt!3)))
 (=> (and (= x0_0_2 x0_1_0)) $x282)))
(assert
 (let (($x286 (= ts_sqrt!2 ts_sqrt!4)))
 (=> (and (= x0_0_2 x0_1_1)) $x286)))
(assert
 (let (($x290 (= ts_sqrt!2 ts_sqrt!5)))
 (=> (and (= x0_0_2 x0_1_2)) $x290)))
(assert
 (let (($x294 (= ts_sqrt!3 ts_sqrt!4)))
 (=> (and (= x0_1_0 x0_1_1)) $x294)))
(assert
 (let (($x298 (= ts_sqrt!3 ts_sqrt!5)))
 (=> (and (= x0_1_0 x0_1_2)) $x298)))
(assert
 (let (($x302 (= ts_sqrt!4 ts_sqrt!5)))
(=> (and (= x0_1_1 x0_1_2)) $x302)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun ts_sqrt!0 () Real)
(declare-fun v0_0_0 () Real)
(declare-fun div!1 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun ts_sqrt!1 () Real)
(declare-fun v0_0_1 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun ts_sqrt!2 () Real)
(declare-fun v0_0_2 () Real)
(declare-fun div!3 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun ts_sqrt!3 () Real)
(declare-fun v0_1_0 () Real)
(declare-fun div!4 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun ts_sqrt!4 () Real)
(declare-fun v0_1_1 () Real)
(declare-fun div!5 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun ts_sqrt!5 () Real)
(declare-fun v0_1_2 () Real)
(declare-fun div!6 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(assert
 (let (($x18 (>= x0_0_0 0.0)))
 (=> $x18 (and (>= ts_sqrt!0 0.0) (= (* ts_sqrt!0 ts_sqrt!0) x0_0_0)))))
(assert
 (let ((?x165 (* 2.0 ts_sqrt!0)))
 (let (($x168 (and (distinct ?x165 0.0) true)))
 (=> $x168 (= (* div!1 ?x165) v0_0_0)))))
(assert
 (let (($x33 (>= x0_0_1 0.0)))
 (=> $x33 (and (>= ts_sqrt!1 0.0) (= (* ts_sqrt!1 ts_sqrt!1) x0_0_1)))))
(assert
 (let ((?x175 (* 2.0 ts_sqrt!1)))
 (let (($x178 (and (distinct ?x175 0.0) true)))
 (=> $x178 (= (* div!2 ?x175) v0_0_1)))))
(assert
 (let (($x47 (>= x0_0_2 0.0)))
 (=> $x47 (and (>= ts_sqrt!2 0.0) (= (* ts_sqrt!2 ts_sqrt!2) x0_0_2)))))
(assert
 (let ((?x185 (* 2.0 ts_sqrt!2)))
 (let (($x188 (and (distinct ?x185 0.0) true)))
 (=> $x188 (= (* div!3 ?x185) v0_0_2)))))
(assert
 (let (($x61 (>= x0_1_0 0.0)))
 (=> $x61 (and (>= ts_sqrt!3 0.0) (= (* ts_sqrt!3 ts_sqrt!3) x0_1_0)))))
(assert
 (let ((?x195 (* 2.0 ts_sqrt!3)))
 (let (($x198 (and (distinct ?x195 0.0) true)))
 (=> $x198 (= (* div!4 ?x195) v0_1_0)))))
(assert
 (let (($x75 (>= x0_1_1 0.0)))
 (=> $x75 (and (>= ts_sqrt!4 0.0) (= (* ts_sqrt!4 ts_sqrt!4) x0_1_1)))))
(assert
 (let ((?x205 (* 2.0 ts_sqrt!4)))
 (let (($x208 (and (distinct ?x205 0.0) true)))
 (=> $x208 (= (* div!5 ?x205) v0_1_1)))))
(assert
 (let (($x89 (>= x0_1_2 0.0)))
 (=> $x89 (and (>= ts_sqrt!5 0.0) (= (* ts_sqrt!5 ts_sqrt!5) x0_1_2)))))
(assert
 (let ((?x215 (* 2.0 ts_sqrt!5)))
 (let (($x218 (and (distinct ?x215 0.0) true)))
 (=> $x218 (= (* div!6 ?x215) v0_1_2)))))
(assert
 (let (($x222 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x222 (= (/ 1.0 2.0) (* div!7 ts_sqrt!0)))))
(assert
 (let (($x226 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x226 (= (/ 1.0 2.0) (* div!8 ts_sqrt!1)))))
(assert
 (let (($x230 (and (distinct ts_sqrt!2 0.0) true)))
 (=> $x230 (= (/ 1.0 2.0) (* div!9 ts_sqrt!2)))))
(assert
 (let (($x234 (and (distinct ts_sqrt!3 0.0) true)))
 (=> $x234 (= (/ 1.0 2.0) (* div!10 ts_sqrt!3)))))
(assert
 (let (($x238 (and (distinct ts_sqrt!4 0.0) true)))
 (=> $x238 (= (/ 1.0 2.0) (* div!11 ts_sqrt!4)))))
(assert
 (let (($x242 (and (distinct ts_sqrt!5 0.0) true)))
 (=> $x242 (= (/ 1.0 2.0) (* div!12 ts_sqrt!5)))))
(assert
 (>= x0_0_0 0.0))
(assert
 (let ((?x165 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x165 0.0) true)))
(assert
 (>= x0_0_1 0.0))
(assert
 (let ((?x175 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x175 0.0) true)))
(assert
 (>= x0_0_2 0.0))
(assert
 (let ((?x185 (* 2.0 ts_sqrt!2)))
 (and (distinct ?x185 0.0) true)))
(assert
 (>= x0_1_0 0.0))
(assert
 (let ((?x195 (* 2.0 ts_sqrt!3)))
 (and (distinct ?x195 0.0) true)))
(assert
 (>= x0_1_1 0.0))
(assert
 (let ((?x205 (* 2.0 ts_sqrt!4)))
 (and (distinct ?x205 0.0) true)))
(assert
 (>= x0_1_2 0.0))
(assert
 (let ((?x215 (* 2.0 ts_sqrt!5)))
 (and (distinct ?x215 0.0) true)))
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
 (let ((?x143 (* v0_1_0 div!10)))
 (let (($x149 (= ?x143 div!4)))
 (not $x149))))
(assert
 (let (($x246 (= ts_sqrt!0 ts_sqrt!1)))
 (=> (and (= x0_0_0 x0_0_1)) $x246)))
(assert
 (let (($x250 (= ts_sqrt!0 ts_sqrt!2)))
 (=> (and (= x0_0_0 x0_0_2)) $x250)))
(assert
 (let (($x254 (= ts_sqrt!0 ts_sqrt!3)))
 (=> (and (= x0_0_0 x0_1_0)) $x254)))
(assert
 (let (($x258 (= ts_sqrt!0 ts_sqrt!4)))
 (=> (and (= x0_0_0 x0_1_1)) $x258)))
(assert
 (let (($x262 (= ts_sqrt!0 ts_sqrt!5)))
 (=> (and (= x0_0_0 x0_1_2)) $x262)))
(assert
 (let (($x266 (= ts_sqrt!1 ts_sqrt!2)))
 (=> (and (= x0_0_1 x0_0_2)) $x266)))
(assert
 (let (($x270 (= ts_sqrt!1 ts_sqrt!3)))
 (=> (and (= x0_0_1 x0_1_0)) $x270)))
(assert
 (let (($x274 (= ts_sqrt!1 ts_sqrt!4)))
 (=> (and (= x0_0_1 x0_1_1)) $x274)))
(assert
 (let (($x278 (= ts_sqrt!1 ts_sqrt!5)))
 (=> (and (= x0_0_1 x0_1_2)) $x278)))
(assert
 (let (($x282 (= ts_sqrt!2 ts_sqrt!3)))
 (=> (and (= x0_0_2 x0_1_0)) $x282)))
(assert
 (let (($x286 (= ts_sqrt!2 ts_sqrt!4)))
 (=> (and (= x0_0_2 x0_1_1)) $x286)))
(assert
 (let (($x290 (= ts_sqrt!2 ts_sqrt!5)))
 (=> (and (= x0_0_2 x0_1_2)) $x290)))
(assert
 (let (($x294 (= ts_sqrt!3 ts_sqrt!4)))
 (=> (and (= x0_1_0 x0_1_1)) $x294)))
(assert
 (let (($x298 (= ts_sqrt!3 ts_sqrt!5)))
 (=> (and (= x0_1_0 x0_1_2)) $x298)))
(assert
 (let (($x302 (= ts_sqrt!4 ts_sqrt!5)))
(=> (and (= x0_1_1 x0_1_2)) $x302)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun ts_sqrt!0 () Real)
(declare-fun v0_0_0 () Real)
(declare-fun div!1 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun ts_sqrt!1 () Real)
(declare-fun v0_0_1 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun ts_sqrt!2 () Real)
(declare-fun v0_0_2 () Real)
(declare-fun div!3 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun ts_sqrt!3 () Real)
(declare-fun v0_1_0 () Real)
(declare-fun div!4 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun ts_sqrt!4 () Real)
(declare-fun v0_1_1 () Real)
(declare-fun div!5 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun ts_sqrt!5 () Real)
(declare-fun v0_1_2 () Real)
(declare-fun div!6 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(assert
 (let (($x18 (>= x0_0_0 0.0)))
 (=> $x18 (and (>= ts_sqrt!0 0.0) (= (* ts_sqrt!0 ts_sqrt!0) x0_0_0)))))
(assert
 (let ((?x165 (* 2.0 ts_sqrt!0)))
 (let (($x168 (and (distinct ?x165 0.0) true)))
 (=> $x168 (= (* div!1 ?x165) v0_0_0)))))
(assert
 (let (($x33 (>= x0_0_1 0.0)))
 (=> $x33 (and (>= ts_sqrt!1 0.0) (= (* ts_sqrt!1 ts_sqrt!1) x0_0_1)))))
(assert
 (let ((?x175 (* 2.0 ts_sqrt!1)))
 (let (($x178 (and (distinct ?x175 0.0) true)))
 (=> $x178 (= (* div!2 ?x175) v0_0_1)))))
(assert
 (let (($x47 (>= x0_0_2 0.0)))
 (=> $x47 (and (>= ts_sqrt!2 0.0) (= (* ts_sqrt!2 ts_sqrt!2) x0_0_2)))))
(assert
 (let ((?x185 (* 2.0 ts_sqrt!2)))
 (let (($x188 (and (distinct ?x185 0.0) true)))
 (=> $x188 (= (* div!3 ?x185) v0_0_2)))))
(assert
 (let (($x61 (>= x0_1_0 0.0)))
 (=> $x61 (and (>= ts_sqrt!3 0.0) (= (* ts_sqrt!3 ts_sqrt!3) x0_1_0)))))
(assert
 (let ((?x195 (* 2.0 ts_sqrt!3)))
 (let (($x198 (and (distinct ?x195 0.0) true)))
 (=> $x198 (= (* div!4 ?x195) v0_1_0)))))
(assert
 (let (($x75 (>= x0_1_1 0.0)))
 (=> $x75 (and (>= ts_sqrt!4 0.0) (= (* ts_sqrt!4 ts_sqrt!4) x0_1_1)))))
(assert
 (let ((?x205 (* 2.0 ts_sqrt!4)))
 (let (($x208 (and (distinct ?x205 0.0) true)))
 (=> $x208 (= (* div!5 ?x205) v0_1_1)))))
(assert
 (let (($x89 (>= x0_1_2 0.0)))
 (=> $x89 (and (>= ts_sqrt!5 0.0) (= (* ts_sqrt!5 ts_sqrt!5) x0_1_2)))))
(assert
 (let ((?x215 (* 2.0 ts_sqrt!5)))
 (let (($x218 (and (distinct ?x215 0.0) true)))
 (=> $x218 (= (* div!6 ?x215) v0_1_2)))))
(assert
 (let (($x222 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x222 (= (/ 1.0 2.0) (* div!7 ts_sqrt!0)))))
(assert
 (let (($x226 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x226 (= (/ 1.0 2.0) (* div!8 ts_sqrt!1)))))
(assert
 (let (($x230 (and (distinct ts_sqrt!2 0.0) true)))
 (=> $x230 (= (/ 1.0 2.0) (* div!9 ts_sqrt!2)))))
(assert
 (let (($x234 (and (distinct ts_sqrt!3 0.0) true)))
 (=> $x234 (= (/ 1.0 2.0) (* div!10 ts_sqrt!3)))))
(assert
 (let (($x238 (and (distinct ts_sqrt!4 0.0) true)))
 (=> $x238 (= (/ 1.0 2.0) (* div!11 ts_sqrt!4)))))
(assert
 (let (($x242 (and (distinct ts_sqrt!5 0.0) true)))
 (=> $x242 (= (/ 1.0 2.0) (* div!12 ts_sqrt!5)))))
(assert
 (>= x0_0_0 0.0))
(assert
 (let ((?x165 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x165 0.0) true)))
(assert
 (>= x0_0_1 0.0))
(assert
 (let ((?x175 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x175 0.0) true)))
(assert
 (>= x0_0_2 0.0))
(assert
 (let ((?x185 (* 2.0 ts_sqrt!2)))
 (and (distinct ?x185 0.0) true)))
(assert
 (>= x0_1_0 0.0))
(assert
 (let ((?x195 (* 2.0 ts_sqrt!3)))
 (and (distinct ?x195 0.0) true)))
(assert
 (>= x0_1_1 0.0))
(assert
 (let ((?x205 (* 2.0 ts_sqrt!4)))
 (and (distinct ?x205 0.0) true)))
(assert
 (>= x0_1_2 0.0))
(assert
 (let ((?x215 (* 2.0 ts_sqrt!5)))
 (and (distinct ?x215 0.0) true)))
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
 (let ((?x144 (* v0_1_1 div!11)))
 (let (($x150 (= ?x144 div!5)))
 (not $x150))))
(assert
 (let (($x246 (= ts_sqrt!0 ts_sqrt!1)))
 (=> (and (= x0_0_0 x0_0_1)) $x246)))
(assert
 (let (($x250 (= ts_sqrt!0 ts_sqrt!2)))
 (=> (and (= x0_0_0 x0_0_2)) $x250)))
(assert
 (let (($x254 (= ts_sqrt!0 ts_sqrt!3)))
 (=> (and (= x0_0_0 x0_1_0)) $x254)))
(assert
 (let (($x258 (= ts_sqrt!0 ts_sqrt!4)))
 (=> (and (= x0_0_0 x0_1_1)) $x258)))
(assert
 (let (($x262 (= ts_sqrt!0 ts_sqrt!5)))
 (=> (and (= x0_0_0 x0_1_2)) $x262)))
(assert
 (let (($x266 (= ts_sqrt!1 ts_sqrt!2)))
 (=> (and (= x0_0_1 x0_0_2)) $x266)))
(assert
 (let (($x270 (= ts_sqrt!1 ts_sqrt!3)))
 (=> (and (= x0_0_1 x0_1_0)) $x270)))
(assert
 (let (($x274 (= ts_sqrt!1 ts_sqrt!4)))
 (=> (and (= x0_0_1 x0_1_1)) $x274)))
(assert
 (let (($x278 (= ts_sqrt!1 ts_sqrt!5)))
 (=> (and (= x0_0_1 x0_1_2)) $x278)))
(assert
 (let (($x282 (= ts_sqrt!2 ts_sqrt!3)))
 (=> (and (= x0_0_2 x0_1_0)) $x282)))
(assert
 (let (($x286 (= ts_sqrt!2 ts_sqrt!4)))
 (=> (and (= x0_0_2 x0_1_1)) $x286)))
(assert
 (let (($x290 (= ts_sqrt!2 ts_sqrt!5)))
 (=> (and (= x0_0_2 x0_1_2)) $x290)))
(assert
 (let (($x294 (= ts_sqrt!3 ts_sqrt!4)))
 (=> (and (= x0_1_0 x0_1_1)) $x294)))
(assert
 (let (($x298 (= ts_sqrt!3 ts_sqrt!5)))
 (=> (and (= x0_1_0 x0_1_2)) $x298)))
(assert
 (let (($x302 (= ts_sqrt!4 ts_sqrt!5)))
(=> (and (= x0_1_1 x0_1_2)) $x302)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun ts_sqrt!0 () Real)
(declare-fun v0_0_0 () Real)
(declare-fun div!1 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun ts_sqrt!1 () Real)
(declare-fun v0_0_1 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun ts_sqrt!2 () Real)
(declare-fun v0_0_2 () Real)
(declare-fun div!3 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun ts_sqrt!3 () Real)
(declare-fun v0_1_0 () Real)
(declare-fun div!4 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun ts_sqrt!4 () Real)
(declare-fun v0_1_1 () Real)
(declare-fun div!5 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun ts_sqrt!5 () Real)
(declare-fun v0_1_2 () Real)
(declare-fun div!6 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(assert
 (let (($x18 (>= x0_0_0 0.0)))
 (=> $x18 (and (>= ts_sqrt!0 0.0) (= (* ts_sqrt!0 ts_sqrt!0) x0_0_0)))))
(assert
 (let ((?x165 (* 2.0 ts_sqrt!0)))
 (let (($x168 (and (distinct ?x165 0.0) true)))
 (=> $x168 (= (* div!1 ?x165) v0_0_0)))))
(assert
 (let (($x33 (>= x0_0_1 0.0)))
 (=> $x33 (and (>= ts_sqrt!1 0.0) (= (* ts_sqrt!1 ts_sqrt!1) x0_0_1)))))
(assert
 (let ((?x175 (* 2.0 ts_sqrt!1)))
 (let (($x178 (and (distinct ?x175 0.0) true)))
 (=> $x178 (= (* div!2 ?x175) v0_0_1)))))
(assert
 (let (($x47 (>= x0_0_2 0.0)))
 (=> $x47 (and (>= ts_sqrt!2 0.0) (= (* ts_sqrt!2 ts_sqrt!2) x0_0_2)))))
(assert
 (let ((?x185 (* 2.0 ts_sqrt!2)))
 (let (($x188 (and (distinct ?x185 0.0) true)))
 (=> $x188 (= (* div!3 ?x185) v0_0_2)))))
(assert
 (let (($x61 (>= x0_1_0 0.0)))
 (=> $x61 (and (>= ts_sqrt!3 0.0) (= (* ts_sqrt!3 ts_sqrt!3) x0_1_0)))))
(assert
 (let ((?x195 (* 2.0 ts_sqrt!3)))
 (let (($x198 (and (distinct ?x195 0.0) true)))
 (=> $x198 (= (* div!4 ?x195) v0_1_0)))))
(assert
 (let (($x75 (>= x0_1_1 0.0)))
 (=> $x75 (and (>= ts_sqrt!4 0.0) (= (* ts_sqrt!4 ts_sqrt!4) x0_1_1)))))
(assert
 (let ((?x205 (* 2.0 ts_sqrt!4)))
 (let (($x208 (and (distinct ?x205 0.0) true)))
 (=> $x208 (= (* div!5 ?x205) v0_1_1)))))
(assert
 (let (($x89 (>= x0_1_2 0.0)))
 (=> $x89 (and (>= ts_sqrt!5 0.0) (= (* ts_sqrt!5 ts_sqrt!5) x0_1_2)))))
(assert
 (let ((?x215 (* 2.0 ts_sqrt!5)))
 (let (($x218 (and (distinct ?x215 0.0) true)))
 (=> $x218 (= (* div!6 ?x215) v0_1_2)))))
(assert
 (let (($x222 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x222 (= (/ 1.0 2.0) (* div!7 ts_sqrt!0)))))
(assert
 (let (($x226 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x226 (= (/ 1.0 2.0) (* div!8 ts_sqrt!1)))))
(assert
 (let (($x230 (and (distinct ts_sqrt!2 0.0) true)))
 (=> $x230 (= (/ 1.0 2.0) (* div!9 ts_sqrt!2)))))
(assert
 (let (($x234 (and (distinct ts_sqrt!3 0.0) true)))
 (=> $x234 (= (/ 1.0 2.0) (* div!10 ts_sqrt!3)))))
(assert
 (let (($x238 (and (distinct ts_sqrt!4 0.0) true)))
 (=> $x238 (= (/ 1.0 2.0) (* div!11 ts_sqrt!4)))))
(assert
 (let (($x242 (and (distinct ts_sqrt!5 0.0) true)))
 (=> $x242 (= (/ 1.0 2.0) (* div!12 ts_sqrt!5)))))
(assert
 (>= x0_0_0 0.0))
(assert
 (let ((?x165 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x165 0.0) true)))
(assert
 (>= x0_0_1 0.0))
(assert
 (let ((?x175 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x175 0.0) true)))
(assert
 (>= x0_0_2 0.0))
(assert
 (let ((?x185 (* 2.0 ts_sqrt!2)))
 (and (distinct ?x185 0.0) true)))
(assert
 (>= x0_1_0 0.0))
(assert
 (let ((?x195 (* 2.0 ts_sqrt!3)))
 (and (distinct ?x195 0.0) true)))
(assert
 (>= x0_1_1 0.0))
(assert
 (let ((?x205 (* 2.0 ts_sqrt!4)))
 (and (distinct ?x205 0.0) true)))
(assert
 (>= x0_1_2 0.0))
(assert
 (let ((?x215 (* 2.0 ts_sqrt!5)))
 (and (distinct ?x215 0.0) true)))
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
 (let ((?x145 (* v0_1_2 div!12)))
 (let (($x151 (= ?x145 div!6)))
 (not $x151))))
(assert
 (let (($x246 (= ts_sqrt!0 ts_sqrt!1)))
 (=> (and (= x0_0_0 x0_0_1)) $x246)))
(assert
 (let (($x250 (= ts_sqrt!0 ts_sqrt!2)))
 (=> (and (= x0_0_0 x0_0_2)) $x250)))
(assert
 (let (($x254 (= ts_sqrt!0 ts_sqrt!3)))
 (=> (and (= x0_0_0 x0_1_0)) $x254)))
(assert
 (let (($x258 (= ts_sqrt!0 ts_sqrt!4)))
 (=> (and (= x0_0_0 x0_1_1)) $x258)))
(assert
 (let (($x262 (= ts_sqrt!0 ts_sqrt!5)))
 (=> (and (= x0_0_0 x0_1_2)) $x262)))
(assert
 (let (($x266 (= ts_sqrt!1 ts_sqrt!2)))
 (=> (and (= x0_0_1 x0_0_2)) $x266)))
(assert
 (let (($x270 (= ts_sqrt!1 ts_sqrt!3)))
 (=> (and (= x0_0_1 x0_1_0)) $x270)))
(assert
 (let (($x274 (= ts_sqrt!1 ts_sqrt!4)))
 (=> (and (= x0_0_1 x0_1_1)) $x274)))
(assert
 (let (($x278 (= ts_sqrt!1 ts_sqrt!5)))
 (=> (and (= x0_0_1 x0_1_2)) $x278)))
(assert
 (let (($x282 (= ts_sqrt!2 ts_sqrt!3)))
 (=> (and (= x0_0_2 x0_1_0)) $x282)))
(assert
 (let (($x286 (= ts_sqrt!2 ts_sqrt!4)))
 (=> (and (= x0_0_2 x0_1_1)) $x286)))
(assert
 (let (($x290 (= ts_sqrt!2 ts_sqrt!5)))
 (=> (and (= x0_0_2 x0_1_2)) $x290)))
(assert
 (let (($x294 (= ts_sqrt!3 ts_sqrt!4)))
 (=> (and (= x0_1_0 x0_1_1)) $x294)))
(assert
 (let (($x298 (= ts_sqrt!3 ts_sqrt!5)))
 (=> (and (= x0_1_0 x0_1_2)) $x298)))
(assert
 (let (($x302 (= ts_sqrt!4 ts_sqrt!5)))
(=> (and (= x0_1_1 x0_1_2)) $x302)))
(check-sat)
