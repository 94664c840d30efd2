; torchsmt obligation sigmoid.jvp_eq_dual@2x3 (lemma, op sigmoid, jvp_eq_dual)
; the jvp rule equals the dual-number J v at shapes ((2, 3),), off kinks
(set-info :source |torchsmt lemma sigmoid.jvp_eq_dual@2x3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun ts_exp!0 () Real)
(declare-fun div!1 () Real)
(declare-fun v0_0_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun div!2 () Real)
(declare-fun ts_exp!1 () Real)
(declare-fun div!3 () Real)
(declare-fun v0_0_1 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun div!4 () Real)
(declare-fun ts_exp!2 () Real)
(declare-fun div!5 () Real)
(declare-fun v0_0_2 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun div!6 () Real)
(declare-fun ts_exp!3 () Real)
(declare-fun div!7 () Real)
(declare-fun v0_1_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun div!8 () Real)
(declare-fun ts_exp!4 () Real)
(declare-fun div!9 () Real)
(declare-fun v0_1_1 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun div!10 () Real)
(declare-fun ts_exp!5 () Real)
(declare-fun div!11 () Real)
(declare-fun v0_1_2 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun div!12 () Real)
(declare-fun div!13 () Real)
(declare-fun div!14 () Real)
(declare-fun div!15 () Real)
(declare-fun div!16 () Real)
(declare-fun div!17 () Real)
(declare-fun div!18 () Real)
(declare-fun div!19 () Real)
(declare-fun div!20 () Real)
(declare-fun div!21 () Real)
(declare-fun div!22 () Real)
(declare-fun div!23 () Real)
(declare-fun div!24 () Real)
(assert
 (let ((?x291 (+ 1.0 ts_exp!0)))
 (let (($x294 (and (distinct ?x291 0.0) true)))
 (=> $x294 (= 1.0 (* div!1 ?x291))))))
(assert
 (let ((?x55 (- (ite (> 0.0 x0_0_0) (- v0_0_0) v0_0_0))))
 (let ((?x296 (* ts_exp!0 ?x55)))
 (let ((?x297 (+ 0.0 ?x296)))
 (let ((?x291 (+ 1.0 ts_exp!0)))
 (let (($x294 (and (distinct ?x291 0.0) true)))
 (=> $x294 (= (* div!2 ?x291) (- 0.0 (* div!1 ?x297))))))))))
(assert
 (let ((?x303 (+ 1.0 ts_exp!1)))
 (let (($x306 (and (distinct ?x303 0.0) true)))
 (=> $x306 (= 1.0 (* div!3 ?x303))))))
(assert
 (let ((?x57 (- (ite (> 0.0 x0_0_1) (- v0_0_1) v0_0_1))))
 (let ((?x308 (* ts_exp!1 ?x57)))
 (let ((?x309 (+ 0.0 ?x308)))
 (let ((?x303 (+ 1.0 ts_exp!1)))
 (let (($x306 (and (distinct ?x303 0.0) true)))
 (=> $x306 (= (* div!4 ?x303) (- 0.0 (* div!3 ?x309))))))))))
(assert
 (let ((?x315 (+ 1.0 ts_exp!2)))
 (let (($x318 (and (distinct ?x315 0.0) true)))
 (=> $x318 (= 1.0 (* div!5 ?x315))))))
(assert
 (let ((?x59 (- (ite (> 0.0 x0_0_2) (- v0_0_2) v0_0_2))))
 (let ((?x320 (* ts_exp!2 ?x59)))
 (let ((?x321 (+ 0.0 ?x320)))
 (let ((?x315 (+ 1.0 ts_exp!2)))
 (let (($x318 (and (distinct ?x315 0.0) true)))
 (=> $x318 (= (* div!6 ?x315) (- 0.0 (* div!5 ?x321))))))))))
(assert
 (let ((?x327 (+ 1.0 ts_exp!3)))
 (let (($x330 (and (distinct ?x327 0.0) true)))
 (=> $x330 (= 1.0 (* div!7 ?x327))))))
(assert
 (let ((?x61 (- (ite (> 0.0 x0_1_0) (- v0_1_0) v0_1_0))))
 (let ((?x332 (* ts_exp!3 ?x61)))
 (let ((?x333 (+ 0.0 ?x332)))
 (let ((?x327 (+ 1.0 ts_exp!3)))
 (let (($x330 (and (distinct ?x327 0.0) true)))
 (=> $x330 (= (* div!8 ?x327) (- 0.0 (* div!7 ?x333))))))))))
(assert
 (let ((?x339 (+ 1.0 ts_exp!4)))
 (let (($x342 (and (distinct ?x339 0.0) true)))
 (=> $x342 (= 1.0 (* div!9 ?x339))))))
(assert
 (let ((?x63 (- (ite (> 0.0 x0_1_1) (- v0_1_1) v0_1_1))))
 (let ((?x344 (* ts_exp!4 ?x63)))
 (let ((?x345 (+ 0.0 ?x344)))
 (let ((?x339 (+ 1.0 ts_exp!4)))
 (let (($x342 (and (distinct ?x339 0.0) true)))
 (=> $x342 (= (* div!10 ?x339) (- 0.0 (* div!9 ?x345))))))))))
(assert
 (let ((?x351 (+ 1.0 ts_exp!5)))
 (let (($x354 (and (distinct ?x351 0.0) true)))
 (=> $x354 (= 1.0 (* div!11 ?x351))))))
(assert
 (let ((?x65 (- (ite (> 0.0 x0_1_2) (- v0_1_2) v0_1_2))))
 (let ((?x356 (* ts_exp!5 ?x65)))
 (let ((?x357 (+ 0.0 ?x356)))
 (let ((?x351 (+ 1.0 ts_exp!5)))
 (let (($x354 (and (distinct ?x351 0.0) true)))
 (=> $x354 (= (* div!12 ?x351) (- 0.0 (* div!11 ?x357))))))))))
(assert
 (let ((?x291 (+ 1.0 ts_exp!0)))
 (let (($x294 (and (distinct ?x291 0.0) true)))
 (=> $x294 (= (* div!13 ?x291) ts_exp!0)))))
(assert
 (let ((?x55 (- (ite (> 0.0 x0_0_0) (- v0_0_0) v0_0_0))))
 (let ((?x296 (* ts_exp!0 ?x55)))
 (let ((?x297 (+ 0.0 ?x296)))
 (let ((?x291 (+ 1.0 ts_exp!0)))
 (let (($x294 (and (distinct ?x291 0.0) true)))
 (=> $x294 (= (* div!14 ?x291) (- ?x296 (* div!13 ?x297))))))))))
(assert
 (let ((?x303 (+ 1.0 ts_exp!1)))
 (let (($x306 (and (distinct ?x303 0.0) true)))
 (=> $x306 (= (* div!15 ?x303) ts_exp!1)))))
(assert
 (let ((?x57 (- (ite (> 0.0 x0_0_1) (- v0_0_1) v0_0_1))))
 (let ((?x308 (* ts_exp!1 ?x57)))
 (let ((?x309 (+ 0.0 ?x308)))
 (let ((?x303 (+ 1.0 ts_exp!1)))
 (let (($x306 (and (distinct ?x303 0.0) true)))
 (=> $x306 (= (* div!16 ?x303) (- ?x308 (* div!15 ?x309))))))))))
(assert
 (let ((?x315 (+ 1.0 ts_exp!2)))
 (let (($x318 (and (distinct ?x315 0.0) true)))
 (=> $x318 (= (* div!17 ?x315) ts_exp!2)))))
(assert
 (let ((?x59 (- (ite (> 0.0 x0_0_2) (- v0_0_2) v0_0_2))))
 (let ((?x320 (* ts_exp!2 ?x59)))
 (let ((?x321 (+ 0.0 ?x320)))
 (let ((?x315 (+ 1.0 ts_exp!2)))
 (let (($x318 (and (distinct ?x315 0.0) true)))
 (=> $x318 (= (* div!18 ?x315) (- ?x320 (* div!17 ?x321))))))))))
(assert
 (let ((?x327 (+ 1.0 ts_exp!3)))
 (let (($x330 (and (distinct ?x327 0.0) true)))
 (=> $x330 (= (* div!19 ?x327) ts_exp!3)))))
(assert
 (let ((?x61 (- (ite (> 0.0 x0_1_0) (- v0_1_0) v0_1_0))))
 (let ((?x332 (* ts_exp!3 ?x61)))
 (let ((?x333 (+ 0.0 ?x332)))
 (let ((?x327 (+ 1.0 ts_exp!3)))
 (let (($x330 (and (distinct ?x327 0.0) true)))
 (=> $x330 (= (* div!20 ?x327) (- ?x332 (* div!19 ?x333))))))))))
(assert
 (let ((?x339 (+ 1.0 ts_exp!4)))
 (let (($x342 (and (distinct ?x339 0.0) true)))
 (=> $x342 (= (* div!21 ?x339) ts_exp!4)))))
(assert
 (let ((?x63 (- (ite (> 0.0 x0_1_1) (- v0_1_1) v0_1_1))))
 (let ((?x344 (* ts_exp!4 ?x63)))
 (let ((?x345 (+ 0.0 ?x344)))
 (let ((?x339 (+ 1.0 ts_exp!4)))
 (let (($x342 (and (distinct ?x339 0.0) true)))
 (=> $x342 (= (* div!22 ?x339) (- ?x344 (* div!21 ?x345))))))))))
(assert
 (let ((?x351 (+ 1.0 ts_exp!5)))
 (let (($x354 (and (distinct ?x351 0.0) true)))
 (=> $x354 (= (* div!23 ?x351) ts_exp!5)))))
(assert
 (let ((?x65 (- (ite (> 0.0 x0_1_2) (- v0_1_2) v0_1_2))))
 (let ((?x356 (* ts_exp!5 ?x65)))
 (let ((?x357 (+ 0.0 ?x356)))
 (let ((?x351 (+ 1.0 ts_exp!5)))
 (let (($x354 (and (distinct ?x351 0.0) true)))
 (=> $x354 (= (* div!24 ?x351) (- ?x356 (* div!23 ?x357))))))))))
(assert
 (let ((?x291 (+ 1.0 ts_exp!0)))
 (and (distinct ?x291 0.0) true)))
(assert
 (let ((?x291 (+ 1.0 ts_exp!0)))
 (and (distinct ?x291 0.0) true)))
(assert
 (let ((?x303 (+ 1.0 ts_exp!1)))
 (and (distinct ?x303 0.0) true)))
(assert
 (let ((?x303 (+ 1.0 ts_exp!1)))
 (and (distinct ?x303 0.0) true)))
(assert
 (let ((?x315 (+ 1.0 ts_exp!2)))
 (and (distinct ?x315 0.0) true)))
(assert
 (let ((?x315 (+ 1.0 ts_exp!2)))
 (and (distinct ?x315 0.0) true)))
(assert
 (let ((?x327 (+ 1.0 ts_exp!3)))
 (and (distinct ?x327 0.0) true)))
(assert
 (let ((?x327 (+ 1.0 ts_exp!3)))
 (and (distinct ?x327 0.0) true)))
(assert
 (let ((?x339 (+ 1.0 ts_exp!4)))
 (and (distinct ?x339 0.0) true)))
(assert
 (let ((?x339 (+ 1.0 ts_exp!4)))
 (and (distinct ?x339 0.0) true)))
(assert
 (let ((?x351 (+ 1.0 ts_exp!5)))
 (and (distinct ?x351 0.0) true)))
(assert
 (let ((?x351 (+ 1.0 ts_exp!5)))
 (and (distinct ?x351 0.0) true)))
(assert
 (let ((?x291 (+ 1.0 ts_exp!0)))
 (and (distinct ?x291 0.0) true)))
(assert
 (let ((?x291 (+ 1.0 ts_exp!0)))
 (and (distinct ?x291 0.0) true)))
(assert
 (let ((?x303 (+ 1.0 ts_exp!1)))
 (and (distinct ?x303 0.0) true)))
(assert
 (let ((?x303 (+ 1.0 ts_exp!1)))
 (and (distinct ?x303 0.0) true)))
(assert
 (let ((?x315 (+ 1.0 ts_exp!2)))
 (and (distinct ?x315 0.0) true)))
(assert
 (let ((?x315 (+ 1.0 ts_exp!2)))
 (and (distinct ?x315 0.0) true)))
(assert
 (let ((?x327 (+ 1.0 ts_exp!3)))
 (and (distinct ?x327 0.0) true)))
(assert
 (let ((?x327 (+ 1.0 ts_exp!3)))
 (and (distinct ?x327 0.0) true)))
(assert
 (let ((?x339 (+ 1.0 ts_exp!4)))
 (and (distinct ?x339 0.0) true)))
(assert
 (let ((?x339 (+ 1.0 ts_exp!4)))
 (and (distinct ?x339 0.0) true)))
(assert
 (let ((?x351 (+ 1.0 ts_exp!5)))
 (and (distinct ?x351 0.0) true)))
(assert
 (let ((?x351 (+ 1.0 ts_exp!5)))
 (and (distinct ?x351 0.0) true)))
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_0_2) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (and (distinct 0.0 x0_1_2) true))
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_0_2) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (and (distinct 0.0 x0_1_2) true))
(assert
 (let (($x78 (<= 0.0 x0_0_0)))
 (let ((?x247 (ite $x78 div!1 div!13)))
 (let (($x277 (= (* v0_0_0 (* ?x247 (- 1.0 ?x247))) (ite $x78 div!2 div!14))))
 (not $x277)))))
(assert
 (let (($x413 (= ts_exp!0 ts_exp!1)))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x56)) $x413)))))
(assert
 (let (($x417 (= ts_exp!0 ts_exp!2)))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x58)) $x417)))))
(assert
 (let (($x421 (= ts_exp!0 ts_exp!3)))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x60)) $x421)))))
(assert
 (let (($x425 (= ts_exp!0 ts_exp!4)))
 (let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x62)) $x425)))))
(assert
 (let (($x429 (= ts_exp!0 ts_exp!5)))
 (let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x64)) $x429)))))
(assert
 (let (($x433 (= ts_exp!1 ts_exp!2)))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (=> (and (= ?x56 ?x58)) $x433)))))
(assert
 (let (($x437 (= ts_exp!1 ts_exp!3)))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (=> (and (= ?x56 ?x60)) $x437)))))
(assert
 (let (($x441 (= ts_exp!1 ts_exp!4)))
 (let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (=> (and (= ?x56 ?x62)) $x441)))))
(assert
 (let (($x445 (= ts_exp!1 ts_exp!5)))
 (let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (=> (and (= ?x56 ?x64)) $x445)))))
(assert
 (let (($x449 (= ts_exp!2 ts_exp!3)))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (=> (and (= ?x58 ?x60)) $x449)))))
(assert
 (let (($x453 (= ts_exp!2 ts_exp!4)))
 (let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (=> (and (= ?x58 ?x62)) $x453)))))
(assert
 (let (($x457 (= ts_exp!2 ts_exp!5)))
 (let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (=> (and (= ?x58 ?x64)) $x457)))))
(assert
 (let (($x461 (= ts_exp!3 ts_exp!4)))
 (let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (=> (and (= ?x60 ?x62)) $x461)))))
(assert
 (let (($x465 (= ts_exp!3 ts_exp!5)))
 (let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (=> (and (= ?x60 ?x64)) $x465)))))
(assert
 (let (($x469 (= ts_exp!4 ts_exp!5)))
(let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
(let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
(=> (and (= ?x62 ?x64)) $x469)))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun ts_exp!0 () Real)
(declare-fun div!1 () Real)
(declare-fun v0_0_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun div!2 () Real)
(declare-fun ts_exp!1 () Real)
(declare-fun div!3 () Real)
(declare-fun v0_0_1 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun div!4 () Real)
(declare-fun ts_exp!2 () Real)
(declare-fun div!5 () Real)
(declare-fun v0_0_2 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun div!6 () Real)
(declare-fun ts_exp!3 () Real)
(declare-fun div!7 () Real)
(declare-fun v0_1_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun div!8 () Real)
(declare-fun ts_exp!4 () Real)
(declare-fun div!9 () Real)
(declare-fun v0_1_1 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun div!10 () Real)
(declare-fun ts_exp!5 () Real)
(declare-fun div!11 () Real)
(declare-fun v0_1_2 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun div!12 () Real)
(declare-fun div!13 () Real)
(declare-fun div!14 () Real)
(declare-fun div!15 () Real)
(declare-fun div!16 () Real)
(declare-fun div!17 () Real)
(declare-fun div!18 () Real)
(declare-fun div!19 () Real)
(declare-fun div!20 () Real)
(declare-fun div!21 () Real)
(declare-fun div!22 () Real)
(declare-fun div!23 () Real)
(declare-fun div!24 () Real)
(assert
 (let ((?x291 (+ 1.0 ts_exp!0)))
 (let (($x294 (and (distinct ?x291 0.0) true)))
 (=> $x294 (= 1.0 (* div!1 ?x291))))))
(assert
 (let ((?x55 (- (ite (> 0.0 x0_0_0) (- v0_0_0) v0_0_0))))
 (let ((?x296 (* ts_exp!0 ?x55)))
 (let ((?x297 (+ 0.0 ?x296)))
 (let ((?x291 (+ 1.0 ts_exp!0)))
 (let (($x294 (and (distinct ?x291 0.0) true)))
 (=> $x294 (= (* div!2 ?x291) (- 0.0 (* div!1 ?x297))))))))))
(assert
 (let ((?x303 (+ 1.0 ts_exp!1)))
 (let (($x306 (and (distinct ?x303 0.0) true)))
 (=> $x306 (= 1.0 (* div!3 ?x303))))))
(assert
 (let ((?x57 (- (ite (> 0.0 x0_0_1) (- v0_0_1) v0_0_1))))
 (let ((?x308 (* ts_exp!1 ?x57)))
 (let ((?x309 (+ 0.0 ?x308)))
 (let ((?x303 (+ 1.0 ts_exp!1)))
 (let (($x306 (and (distinct ?x303 0.0) true)))
 (=> $x306 (= (* div!4 ?x303) (- 0.0 (* div!3 ?x309))))))))))
(assert
 (let ((?x315 (+ 1.0 ts_exp!2)))
 (let (($x318 (and (distinct ?x315 0.0) true)))
 (=> $x318 (= 1.0 (* div!5 ?x315))))))
(assert
 (let ((?x59 (- (ite (> 0.0 x0_0_2) (- v0_0_2) v0_0_2))))
 (let ((?x320 (* ts_exp!2 ?x59)))
 (let ((?x321 (+ 0.0 ?x320)))
 (let ((?x315 (+ 1.0 ts_exp!2)))
 (let (($x318 (and (distinct ?x315 0.0) true)))
 (=> $x318 (= (* div!6 ?x315) (- 0.0 (* div!5 ?x321))))))))))
(assert
 (let ((?x327 (+ 1.0 ts_exp!3)))
 (let (($x330 (and (distinct ?x327 0.0) true)))
 (=> $x330 (= 1.0 (* div!7 ?x327))))))
(assert
 (let ((?x61 (- (ite (> 0.0 x0_1_0) (- v0_1_0) v0_1_0))))
 (let ((?x332 (* ts_exp!3 ?x61)))
 (let ((?x333 (+ 0.0 ?x332)))
 (let ((?x327 (+ 1.0 ts_exp!3)))
 (let (($x330 (and (distinct ?x327 0.0) true)))
 (=> $x330 (= (* div!8 ?x327) (- 0.0 (* div!7 ?x333))))))))))
(assert
 (let ((?x339 (+ 1.0 ts_exp!4)))
 (let (($x342 (and (distinct ?x339 0.0) true)))
 (=> $x342 (= 1.0 (* div!9 ?x339))))))
(assert
 (let ((?x63 (- (ite (> 0.0 x0_1_1) (- v0_1_1) v0_1_1))))
 (let ((?x344 (* ts_exp!4 ?x63)))
 (let ((?x345 (+ 0.0 ?x344)))
 (let ((?x339 (+ 1.0 ts_exp!4)))
 (let (($x342 (and (distinct ?x339 0.0) true)))
 (=> $x342 (= (* div!10 ?x339) (- 0.0 (* div!9 ?x345))))))))))
(assert
 (let ((?x351 (+ 1.0 ts_exp!5)))
 (let (($x354 (and (distinct ?x351 0.0) true)))
 (=> $x354 (= 1.0 (* div!11 ?x351))))))
(assert
 (let ((?x65 (- (ite (> 0.0 x0_1_2) (- v0_1_2) v0_1_2))))
 (let ((?x356 (* ts_exp!5 ?x65)))
 (let ((?x357 (+ 0.0 ?x356)))
 (let ((?x351 (+ 1.0 ts_exp!5)))
 (let (($x354 (and (distinct ?x351 0.0) true)))
 (=> $x354 (= (* div!12 ?x351) (- 0.0 (* div!11 ?x357))))))))))
(assert
 (let ((?x291 (+ 1.0 ts_exp!0)))
 (let (($x294 (and (distinct ?x291 0.0) true)))
 (=> $x294 (= (* div!13 ?x291) ts_exp!0)))))
(assert
 (let ((?x55 (- (ite (> 0.0 x0_0_0) (- v0_0_0) v0_0_0))))
 (let ((?x296 (* ts_exp!0 ?x55)))
 (let ((?x297 (+ 0.0 ?x296)))
 (let ((?x291 (+ 1.0 ts_exp!0)))
 (let (($x294 (and (distinct ?x291 0.0) true)))
 (=> $x294 (= (* div!14 ?x291) (- ?x296 (* div!13 ?x297))))))))))
(assert
 (let ((?x303 (+ 1.0 ts_exp!1)))
 (let (($x306 (and (distinct ?x303 0.0) true)))
 (=> $x306 (= (* div!15 ?x303) ts_exp!1)))))
(assert
 (let ((?x57 (- (ite (> 0.0 x0_0_1) (- v0_0_1) v0_0_1))))
 (let ((?x308 (* ts_exp!1 ?x57)))
 (let ((?x309 (+ 0.0 ?x308)))
 (let ((?x303 (+ 1.0 ts_exp!1)))
 (let (($x306 (and (distinct ?x303 0.0) true)))
 (=> $x306 (= (* div!16 ?x303) (- ?x308 (* div!15 ?x309))))))))))
(assert
 (let ((?x315 (+ 1.0 ts_exp!2)))
 (let (($x318 (and (distinct ?x315 0.0) true)))
 (=> $x318 (= (* div!17 ?x315) ts_exp!2)))))
(assert
 (let ((?x59 (- (ite (> 0.0 x0_0_2) (- v0_0_2) v0_0_2))))
 (let ((?x320 (* ts_exp!2 ?x59)))
 (let ((?x321 (+ 0.0 ?x320)))
 (let ((?x315 (+ 1.0 ts_exp!2)))
 (let (($x318 (and (distinct ?x315 0.0) true)))
 (=> $x318 (= (* div!18 ?x315) (- ?x320 (* div!17 ?x321))))))))))
(assert
 (let ((?x327 (+ 1.0 ts_exp!3)))
 (let (($x330 (and (distinct ?x327 0.0) true)))
 (=> $x330 (= (* div!19 ?x327) ts_exp!3)))))
(assert
 (let ((?x61 (- (ite (> 0.0 x0_1_0) (- v0_1_0) v0_1_0))))
 (let ((?x332 (* ts_exp!3 ?x61)))
 (let ((?x333 (+ 0.0 ?x332)))
 (let ((?x327 (+ 1.0 ts_exp!3)))
 (let (($x330 (and (distinct ?x327 0.0) true)))
 (=> $x330 (= (* div!20 ?x327) (- ?x332 (* div!19 ?x333))))))))))
(assert
 (let ((?x339 (+ 1.0 ts_exp!4)))
 (let (($x342 (and (distinct ?x339 0.0) true)))
 (=> $x342 (= (* div!21 ?x339) ts_exp!4)))))
(assert
 (let ((?x63 (- (ite (> 0.0 x0_1_1) (- v0_1_1) v0_1_1))))
 (let ((?x344 (* ts_exp!4 ?x63)))
 (let ((?x345 (+ 0.0 ?x344)))
 (let ((?x339 (+ 1.0 ts_exp!4)))
 (let (($x342 (and (distinct ?x339 0.0) true)))
 (=> $x342 (= (* div!22 ?x339) (- ?x344 (* div!21 ?x345))))))))))
(assert
 (let ((?x351 (+ 1.0 ts_exp!5)))
 (let (($x354 (and (distinct ?x351 0.0) true)))
 (=> $x354 (= (* div!23 ?x351) ts_exp!5)))))
(assert
 (let ((?x65 (- (ite (> 0.0 x0_1_2) (- v0_1_2) v0_1_2))))
 (let ((?x356 (* ts_exp!5 ?x65)))
 (let ((?x357 (+ 0.0 ?x356)))
 (let ((?x351 (+ 1.0 ts_exp!5)))
 (let (($x354 (and (distinct ?x351 0.0) true)))
 (=> $x354 (= (* div!24 ?x351) (- ?x356 (* div!23 ?x357))))))))))
(assert
 (let ((?x291 (+ 1.0 ts_exp!0)))
 (and (distinct ?x291 0.0) true)))
(assert
 (let ((?x291 (+ 1.0 ts_exp!0)))
 (and (distinct ?x291 0.0) true)))
(assert
 (let ((?x303 (+ 1.0 ts_exp!1)))
 (and (distinct ?x303 0.0) true)))
(assert
 (let ((?x303 (+ 1.0 ts_exp!1)))
 (and (distinct ?x303 0.0) true)))
(assert
 (let ((?x315 (+ 1.0 ts_exp!2)))
 (and (distinct ?x315 0.0) true)))
(assert
 (let ((?x315 (+ 1.0 ts_exp!2)))
 (and (distinct ?x315 0.0) true)))
(assert
 (let ((?x327 (+ 1.0 ts_exp!3)))
 (and (distinct ?x327 0.0) true)))
(assert
 (let ((?x327 (+ 1.0 ts_exp!3)))
 (and (distinct ?x327 0.0) true)))
(assert
 (let ((?x339 (+ 1.0 ts_exp!4)))
 (and (distinct ?x339 0.0) true)))
(assert
 (let ((?x339 (+ 1.0 ts_exp!4)))
 (and (distinct ?x339 0.0) true)))
(assert
 (let ((?x351 (+ 1.0 ts_exp!5)))
 (and (distinct ?x351 0.0) true)))
(assert
 (let ((?x351 (+ 1.0 ts_exp!5)))
 (and (distinct ?x351 0.0) true)))
(assert
 (let ((?x291 (+ 1.0 ts_exp!0)))
 (and (distinct ?x291 0.0) true)))
(assert
 (let ((?x291 (+ 1.0 ts_exp!0)))
 (and (distinct ?x291 0.0) true)))
(assert
 (let ((?x303 (+ 1.0 ts_exp!1)))
 (and (distinct ?x303 0.0) true)))
(assert
 (let ((?x303 (+ 1.0 ts_exp!1)))
 (and (distinct ?x303 0.0) true)))
(assert
 (let ((?x315 (+ 1.0 ts_exp!2)))
 (and (distinct ?x315 0.0) true)))
(assert
 (let ((?x315 (+ 1.0 ts_exp!2)))
 (and (distinct ?x315 0.0) true)))
(assert
 (let ((?x327 (+ 1.0 ts_exp!3)))
 (and (distinct ?x327 0.0) true)))
(assert
 (let ((?x327 (+ 1.0 ts_exp!3)))
 (and (distinct ?x327 0.0) true)))
(assert
 (let ((?x339 (+ 1.0 ts_exp!4)))
 (and (distinct ?x339 0.0) true)))
(assert
 (let ((?x339 (+ 1.0 ts_exp!4)))
 (and (distinct ?x339 0.0) true)))
(assert
 (let ((?x351 (+ 1.0 ts_exp!5)))
 (and (distinct ?x351 0.0) true)))
(assert
 (let ((?x351 (+ 1.0 ts_exp!5)))
 (and (distinct ?x351 0.0) true)))
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_0_2) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (and (distinct 0.0 x0_1_2) true))
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_0_2) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (and (distinct 0.0 x0_1_2) true))
(assert
 (let (($x79 (<= 0.0 x0_0_1)))
 (let ((?x249 (ite $x79 div!3 div!15)))
 (let (($x278 (= (* v0_0_1 (* ?x249 (- 1.0 ?x249))) (ite $x79 div!4 div!16))))
 (not $x278)))))
(assert
 (let (($x413 (= ts_exp!0 ts_exp!1)))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x56)) $x413)))))
(assert
 (let (($x417 (= ts_exp!0 ts_exp!2)))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x58)) $x417)))))
(assert
 (let (($x421 (= ts_exp!0 ts_exp!3)))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x60)) $x421)))))
(assert
 (let (($x425 (= ts_exp!0 ts_exp!4)))
 (let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x62)) $x425)))))
(assert
 (let (($x429 (= ts_exp!0 ts_exp!5)))
 (let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x64)) $x429)))))
(assert
 (let (($x433 (= ts_exp!1 ts_exp!2)))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (=> (and (= ?x56 ?x58)) $x433)))))
(assert
 (let (($x437 (= ts_exp!1 ts_exp!3)))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (=> (and (= ?x56 ?x60)) $x437)))))
(assert
 (let (($x441 (= ts_exp!1 ts_exp!4)))
 (let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (=> (and (= ?x56 ?x62)) $x441)))))
(assert
 (let (($x445 (= ts_exp!1 ts_exp!5)))
 (let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (=> (and (= ?x56 ?x64)) $x445)))))
(assert
 (let (($x449 (= ts_exp!2 ts_exp!3)))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (=> (and (= ?x58 ?x60)) $x449)))))
(assert
 (let (($x453 (= ts_exp!2 ts_exp!4)))
 (let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (=> (and (= ?x58 ?x62)) $x453)))))
(assert
 (let (($x457 (= ts_exp!2 ts_exp!5)))
 (let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (=> (and (= ?x58 ?x64)) $x457)))))
(assert
 (let (($x461 (= ts_exp!3 ts_exp!4)))
 (let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (=> (and (= ?x60 ?x62)) $x461)))))
(assert
 (let (($x465 (= ts_exp!3 ts_exp!5)))
 (let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (=> (and (= ?x60 ?x64)) $x465)))))
(assert
 (let (($x469 (= ts_exp!4 ts_exp!5)))
(let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
(let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
(=> (and (= ?x62 ?x64)) $x469)))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun ts_exp!0 () Real)
(declare-fun div!1 () Real)
(declare-fun v0_0_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun div!2 () Real)
(declare-fun ts_exp!1 () Real)
(declare-fun div!3 () Real)
(declare-fun v0_0_1 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun div!4 () Real)
(declare-fun ts_exp!2 () Real)
(declare-fun div!5 () Real)
(declare-fun v0_0_2 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun div!6 () Real)
(declare-fun ts_exp!3 () Real)
(declare-fun div!7 () Real)
(declare-fun v0_1_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun div!8 () Real)
(declare-fun ts_exp!4 () Real)
(declare-fun div!9 () Real)
(declare-fun v0_1_1 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun div!10 () Real)
(declare-fun ts_exp!5 () Real)
(declare-fun div!11 () Real)
(declare-fun v0_1_2 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun div!12 () Real)
(declare-fun div!13 () Real)
(declare-fun div!14 () Real)
(declare-fun div!15 () Real)
(declare-fun div!16 () Real)
(declare-fun div!17 () Real)
(declare-fun div!18 () Real)
(declare-fun div!19 () Real)
(declare-fun div!20 () Real)
(declare-fun div!21 () Real)
(declare-fun div!22 () Real)
(declare-fun div!23 () Real)
(declare-fun div!24 () Real)
(assert
 (let ((?x291 (+ 1.0 ts_exp!0)))
 (let (($x294 (and (distinct ?x291 0.0) true)))
 (=> $x294 (= 1.0 (* div!1 ?x291))))))
(assert
 (let ((?x55 (- (ite (> 0.0 x0_0_0) (- v0_0_0) v0_0_0))))
 (let ((?x296 (* ts_exp!0 ?x55)))
 (let ((?x297 (+ 0.0 ?x296)))
 (let ((?x291 (+ 1.0 ts_exp!0)))
 (let (($x294 (and (distinct ?x291 0.0) true)))
 (=> $x294 (= (* div!2 ?x291) (- 0.0 (* div!1 ?x297))))))))))
(assert
 (let ((?x303 (+ 1.0 ts_exp!1)))
 (let (($x306 (and (distinct ?x303 0.0) true)))
 (=> $x306 (= 1.0 (* div!3 ?x303))))))
(assert
 (let ((?x57 (- (ite (> 0.0 x0_0_1) (- v0_0_1) v0_0_1))))
 (let ((?x308 (* ts_exp!1 ?x57)))
 (let ((?x309 (+ 0.0 ?x308)))
 (let ((?x303 (+ 1.0 ts_exp!1)))
 (let (($x306 (and (distinct ?x303 0.0) true)))
 (=> $x306 (= (* div!4 ?x303) (- 0.0 (* div!3 ?x309))))))))))
(assert
 (let ((?x315 (+ 1.0 ts_exp!2)))
 (let (($x318 (and (distinct ?x315 0.0) true)))
 (=> $x318 (= 1.0 (* div!5 ?x315))))))
(assert
 (let ((?x59 (- (ite (> 0.0 x0_0_2) (- v0_0_2) v0_0_2))))
 (let ((?x320 (* ts_exp!2 ?x59)))
 (let ((?x321 (+ 0.0 ?x320)))
 (let ((?x315 (+ 1.0 ts_exp!2)))
 (let (($x318 (and (distinct ?x315 0.0) true)))
 (=> $x318 (= (* div!6 ?x315) (- 0.0 (* div!5 ?x321))))))))))
(assert
 (let ((?x327 (+ 1.0 ts_exp!3)))
 (let (($x330 (and (distinct ?x327 0.0) true)))
 (=> $x330 (= 1.0 (* div!7 ?x327))))))
(assert
 (let ((?x61 (- (ite (> 0.0 x0_1_0) (- v0_1_0) v0_1_0))))
 (let ((?x332 (* ts_exp!3 ?x61)))
 (let ((?x333 (+ 0.0 ?x332)))
 (let ((?x327 (+ 1.0 ts_exp!3)))
 (let (($x330 (and (distinct ?x327 0.0) true)))
 (=> $x330 (= (* div!8 ?x327) (- 0.0 (* div!7 ?x333))))))))))
(assert
 (let ((?x339 (+ 1.0 ts_exp!4)))
 (let (($x342 (and (distinct ?x339 0.0) true)))
 (=> $x342 (= 1.0 (* div!9 ?x339))))))
(assert
 (let ((?x63 (- (ite (> 0.0 x0_1_1) (- v0_1_1) v0_1_1))))
 (let ((?x344 (* ts_exp!4 ?x63)))
 (let ((?x345 (+ 0.0 ?x344)))
 (let ((?x339 (+ 1.0 ts_exp!4)))
 (let (($x342 (and (distinct ?x339 0.0) true)))
 (=> $x342 (= (* div!10 ?x339) (- 0.0 (* div!9 ?x345))))))))))
(assert
 (let ((?x351 (+ 1.0 ts_exp!5)))
 (let (($x354 (and (distinct ?x351 0.0) true)))
 (=> $x354 (= 1.0 (* div!11 ?x351))))))
(assert
 (let ((?x65 (- (ite (> 0.0 x0_1_2) (- v0_1_2) v0_1_2))))
 (let ((?x356 (* ts_exp!5 ?x65)))
 (let ((?x357 (+ 0.0 ?x356)))
 (let ((?x351 (+ 1.0 ts_exp!5)))
 (let (($x354 (and (distinct ?x351 0.0) true)))
 (=> $x354 (= (* div!12 ?x351) (- 0.0 (* div!11 ?x357))))))))))
(assert
 (let ((?x291 (+ 1.0 ts_exp!0)))
 (let (($x294 (and (distinct ?x291 0.0) true)))
 (=> $x294 (= (* div!13 ?x291) ts_exp!0)))))
(assert
 (let ((?x55 (- (ite (> 0.0 x0_0_0) (- v0_0_0) v0_0_0))))
 (let ((?x296 (* ts_exp!0 ?x55)))
 (let ((?x297 (+ 0.0 ?x296)))
 (let ((?x291 (+ 1.0 ts_exp!0)))
 (let (($x294 (and (distinct ?x291 0.0) true)))
 (=> $x294 (= (* div!14 ?x291) (- ?x296 (* div!13 ?x297))))))))))
(assert
 (let ((?x303 (+ 1.0 ts_exp!1)))
 (let (($x306 (and (distinct ?x303 0.0) true)))
 (=> $x306 (= (* div!15 ?x303) ts_exp!1)))))
(assert
 (let ((?x57 (- (ite (> 0.0 x0_0_1) (- v0_0_1) v0_0_1))))
 (let ((?x308 (* ts_exp!1 ?x57)))
 (let ((?x309 (+ 0.0 ?x308)))
 (let ((?x303 (+ 1.0 ts_exp!1)))
 (let (($x306 (and (distinct ?x303 0.0) true)))
 (=> $x306 (= (* div!16 ?x303) (- ?x308 (* div!15 ?x309))))))))))
(assert
 (let ((?x315 (+ 1.0 ts_exp!2)))
 (let (($x318 (and (distinct ?x315 0.0) true)))
 (=> $x318 (= (* div!17 ?x315) ts_exp!2)))))
(assert
 (let ((?x59 (- (ite (> 0.0 x0_0_2) (- v0_0_2) v0_0_2))))
 (let ((?x320 (* ts_exp!2 ?x59)))
 (let ((?x321 (+ 0.0 ?x320)))
 (let ((?x315 (+ 1.0 ts_exp!2)))
 (let (($x318 (and (distinct ?x315 0.0) true)))
 (=> $x318 (= (* div!18 ?x315) (- ?x320 (* div!17 ?x321))))))))))
(assert
 (let ((?x327 (+ 1.0 ts_exp!3)))
 (let (($x330 (and (distinct ?x327 0.0) true)))
 (=> $x330 (= (* div!19 ?x327) ts_exp!3)))))
(assert
 (let ((?x61 (- (ite (> 0.0 x0_1_0) (- v0_1_0) v0_1_0))))
 (let ((?x332 (* ts_exp!3 ?x61)))
 (let ((?x333 (+ 0.0 ?x332)))
 (let ((?x327 (+ 1.0 ts_exp!3)))
 (let (($x330 (and (distinct ?x327 0.0) true)))
 (=> $x330 (= (* div!20 ?x327) (- ?x332 (* div!19 ?x333))))))))))
(assert
 (let ((?x339 (+ 1.0 ts_exp!4)))
 (let (($x342 (and (distinct ?x339 0.0) true)))
 (=> $x342 (= (* div!21 ?x339) ts_exp!4)))))
(assert
 (let ((?x63 (- (ite (> 0.0 x0_1_1) (- v0_1_1) v0_1_1))))
 (let ((?x344 (* ts_exp!4 ?x63)))
 (let ((?x345 (+ 0.0 ?x344)))
 (let ((?x339 (+ 1.0 ts_exp!4)))
 (let (($x342 (and (distinct ?x339 0.0) true)))
 (=> $x342 (= (* div!22 ?x339) (- ?x344 (* div!21 ?x345))))))))))
(assert
 (let ((?x351 (+ 1.0 ts_exp!5)))
 (let (($x354 (and (distinct ?x351 0.0) true)))
 (=> $x354 (= (* div!23 ?x351) ts_exp!5)))))
(assert
 (let ((?x65 (- (ite (> 0.0 x0_1_2) (- v0_1_2) v0_1_2))))
 (let ((?x356 (* ts_exp!5 ?x65)))
 (let ((?x357 (+ 0.0 ?x356)))
 (let ((?x351 (+ 1.0 ts_exp!5)))
 (let (($x354 (and (distinct ?x351 0.0) true)))
 (=> $x354 (= (* div!24 ?x351) (- ?x356 (* div!23 ?x357))))))))))
(assert
 (let ((?x291 (+ 1.0 ts_exp!0)))
 (and (distinct ?x291 0.0) true)))
(assert
 (let ((?x291 (+ 1.0 ts_exp!0)))
 (and (distinct ?x291 0.0) true)))
(assert
 (let ((?x303 (+ 1.0 ts_exp!1)))
 (and (distinct ?x303 0.0) true)))
(assert
 (let ((?x303 (+ 1.0 ts_exp!1)))
 (and (distinct ?x303 0.0) true)))
(assert
 (let ((?x315 (+ 1.0 ts_exp!2)))
 (and (distinct ?x315 0.0) true)))
(assert
 (let ((?x315 (+ 1.0 ts_exp!2)))
 (and (distinct ?x315 0.0) true)))
(assert
 (let ((?x327 (+ 1.0 ts_exp!3)))
 (and (distinct ?x327 0.0) true)))
(assert
 (let ((?x327 (+ 1.0 ts_exp!3)))
 (and (distinct ?x327 0.0) true)))
(assert
 (let ((?x339 (+ 1.0 ts_exp!4)))
 (and (distinct ?x339 0.0) true)))
(assert
 (let ((?x339 (+ 1.0 ts_exp!4)))
 (and (distinct ?x339 0.0) true)))
(assert
 (let ((?x351 (+ 1.0 ts_exp!5)))
 (and (distinct ?x351 0.0) true)))
(assert
 (let ((?x351 (+ 1.0 ts_exp!5)))
 (and (distinct ?x351 0.0) true)))
(assert
 (let ((?x291 (+ 1.0 ts_exp!0)))
 (and (distinct ?x291 0.0) true)))
(assert
 (let ((?x291 (+ 1.0 ts_exp!0)))
 (and (distinct ?x291 0.0) true)))
(assert
 (let ((?x303 (+ 1.0 ts_exp!1)))
 (and (distinct ?x303 0.0) true)))
(assert
 (let ((?x303 (+ 1.0 ts_exp!1)))
 (and (distinct ?x303 0.0) true)))
(assert
 (let ((?x315 (+ 1.0 ts_exp!2)))
 (and (distinct ?x315 0.0) true)))
(assert
 (let ((?x315 (+ 1.0 ts_exp!2)))
 (and (distinct ?x315 0.0) true)))
(assert
 (let ((?x327 (+ 1.0 ts_exp!3)))
 (and (distinct ?x327 0.0) true)))
(assert
 (let ((?x327 (+ 1.0 ts_exp!3)))
 (and (distinct ?x327 0.0) true)))
(assert
 (let ((?x339 (+ 1.0 ts_exp!4)))
 (and (distinct ?x339 0.0) true)))
(assert
 (let ((?x339 (+ 1.0 ts_exp!4)))
 (and (distinct ?x339 0.0) true)))
(assert
 (let ((?x351 (+ 1.0 ts_exp!5)))
 (and (distinct ?x351 0.0) true)))
(assert
 (let ((?x351 (+ 1.0 ts_exp!5)))
 (and (distinct ?x351 0.0) true)))
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_0_2) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (and (distinct 0.0 x0_1_2) true))
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_0_2) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (and (distinct 0.0 x0_1_2) true))
(assert
 (let (($x80 (<= 0.0 x0_0_2)))
 (let ((?x251 (ite $x80 div!5 div!17)))
 (let (($x279 (= (* v0_0_2 (* ?x251 (- 1.0 ?x251))) (ite $x80 div!6 div!18))))
 (not $x279)))))
(assert
 (let (($x413 (= ts_exp!0 ts_exp!1)))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x56)) $x413)))))
(assert
 (let (($x417 (= ts_exp!0 ts_exp!2)))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x58)) $x417)))))
(assert
 (let (($x421 (= ts_exp!0 ts_exp!3)))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x60)) $x421)))))
(assert
 (let (($x425 (= ts_exp!0 ts_exp!4)))
 (let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x62)) $x425)))))
(assert
 (let (($x429 (= ts_exp!0 ts_exp!5)))
 (let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x64)) $x429)))))
(assert
 (let (($x433 (= ts_exp!1 ts_exp!2)))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (=> (and (= ?x56 ?x58)) $x433)))))
(assert
 (let (($x437 (= ts_exp!1 ts_exp!3)))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (=> (and (= ?x56 ?x60)) $x437)))))
(assert
 (let (($x441 (= ts_exp!1 ts_exp!4)))
 (let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (=> (and (= ?x56 ?x62)) $x441)))))
(assert
 (let (($x445 (= ts_exp!1 ts_exp!5)))
 (let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (=> (and (= ?x56 ?x64)) $x445)))))
(assert
 (let (($x449 (= ts_exp!2 ts_exp!3)))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (=> (and (= ?x58 ?x60)) $x449)))))
(assert
 (let (($x453 (= ts_exp!2 ts_exp!4)))
 (let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (=> (and (= ?x58 ?x62)) $x453)))))
(assert
 (let (($x457 (= ts_exp!2 ts_exp!5)))
 (let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (=> (and (= ?x58 ?x64)) $x457)))))
(assert
 (let (($x461 (= ts_exp!3 ts_exp!4)))
 (let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (=> (and (= ?x60 ?x62)) $x461)))))
(assert
 (let (($x465 (= ts_exp!3 ts_exp!5)))
 (let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (=> (and (= ?x60 ?x64)) $x465)))))
(assert
 (let (($x469 (= ts_exp!4 ts_exp!5)))
(let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
(let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
(=> (and (= ?x62 ?x64)) $x469)))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun ts_exp!0 () Real)
(declare-fun div!1 () Real)
(declare-fun v0_0_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun div!2 () Real)
(declare-fun ts_exp!1 () Real)
(declare-fun div!3 () Real)
(declare-fun v0_0_1 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun div!4 () Real)
(declare-fun ts_exp!2 () Real)
(declare-fun div!5 () Real)
(declare-fun v0_0_2 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun div!6 () Real)
(declare-fun ts_exp!3 () Real)
(declare-fun div!7 () Real)
(declare-fun v0_1_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun div!8 () Real)
(declare-fun ts_exp!4 () Real)
(declare-fun div!9 () Real)
(declare-fun v0_1_1 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun div!10 () Real)
(declare-fun ts_exp!5 () Real)
(declare-fun div!11 () Real)
(declare-fun v0_1_2 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun div!12 () Real)
(declare-fun div!13 () Real)
(declare-fun div!14 () Real)
(declare-fun div!15 () Real)
(declare-fun div!16 () Real)
(declare-fun div!17 () Real)
(declare-fun div!18 () Real)
(declare-fun div!19 () Real)
(declare-fun div!20 () Real)
(declare-fun div!21 () Real)
(declare-fun div!22 () Real)
(declare-fun div!23 () Real)
(declare-fun div!24 () Real)
(assert
 (let ((?x291 (+ 1.0 ts_exp!0)))
 (let (($x294 (and (distinct ?x291 0.0) true)))
 (=> $x294 (= 1.0 (* div!1 ?x291))))))
(assert
 (let ((?x55 (- (ite (> 0.0 x0_0_0) (- v0_0_0) v0_0_0))))
 (let ((?x296 (* ts_exp!0 ?x55)))
 (let ((?x297 (+ 0.0 ?x296)))
 (let ((?x291 (+ 1.0 ts_exp!0)))
 (let (($x294 (and (distinct ?x291 0.0) true)))
 (=> $x294 (= (* div!2 ?x291) (- 0.0 (* div!1 ?x297))))))))))
(assert
 (let ((?x303 (+ 1.0 ts_exp!1)))
 (let (($x306 (and (distinct ?x303 0.0) true)))
 (=> $x306 (= 1.0 (* div!3 ?x303))))))
(assert
 (let ((?x57 (- (ite (> 0.0 x0_0_1) (- v0_0_1) v0_0_1))))
 (let ((?x308 (* ts_exp!1 ?x57)))
 (let ((?x309 (+ 0.0 ?x308)))
 (let ((?x303 (+ 1.0 ts_exp!1)))
 (let (($x306 (and (distinct ?x303 0.0) true)))
 (=> $x306 (= (* div!4 ?x303) (- 0.0 (* div!3 ?x309))))))))))
(assert
 (let ((?x315 (+ 1.0 ts_exp!2)))
 (let (($x318 (and (distinct ?x315 0.0) true)))
 (=> $x318 (= 1.0 (* div!5 ?x315))))))
(assert
 (let ((?x59 (- (ite (> 0.0 x0_0_2) (- v0_0_2) v0_0_2))))
 (let ((?x320 (* ts_exp!2 ?x59)))
 (let ((?x321 (+ 0.0 ?x320)))
 (let ((?x315 (+ 1.0 ts_exp!2)))
 (let (($x318 (and (distinct ?x315 0.0) true)))
 (=> $x318 (= (* div!6 ?x315) (- 0.0 (* div!5 ?x321))))))))))
(assert
 (let ((?x327 (+ 1.0 ts_exp!3)))
 (let (($x330 (and (distinct ?x327 0.0) true)))
 (=> $x330 (= 1.0 (* div!7 ?x327))))))
(assert
 (let ((?x61 (- (ite (> 0.0 x0_1_0) (- v0_1_0) v0_1_0))))
 (let ((?x332 (* ts_exp!3 ?x61)))
 (let ((?x333 (+ 0.0 ?x332)))
 (let ((?x327 (+ 1.0 ts_exp!3)))
 (let (($x330 (and (distinct ?x327 0.0) true)))
 (=> $x330 (= (* div!8 ?x327) (- 0.0 (* div!7 ?x333))))))))))
(assert
 (let ((?x339 (+ 1.0 ts_exp!4)))
 (let (($x342 (and (distinct ?x339 0.0) true)))
 (=> $x342 (= 1.0 (* div!9 ?x339))))))
(assert
 (let ((?x63 (- (ite (> 0.0 x0_1_1) (- v0_1_1) v0_1_1))))
 (let ((?x344 (* ts_exp!4 ?x63)))
 (let ((?x345 (+ 0.0 ?x344)))
 (let ((?x339 (+ 1.0 ts_exp!4)))
 (let (($x342 (and (distinct ?x339 0.0) true)))
 (=> $x342 (= (* div!10 ?x339) (- 0.0 (* div!9 ?x345))))))))))
(assert
 (let ((?x351 (+ 1.0 ts_exp!5)))
 (let (($x354 (and (distinct ?x351 0.0) true)))
 (=> $x354 (= 1.0 (* div!11 ?x351))))))
(assert
 (let ((?x65 (- (ite (> 0.0 x0_1_2) (- v0_1_2) v0_1_2))))
 (let ((?x356 (* ts_exp!5 ?x65)))
 (let ((?x357 (+ 0.0 ?x356)))
 (let ((?x351 (+ 1.0 ts_exp!5)))
 (let (($x354 (and (distinct ?x351 0.0) true)))
 (=> $x354 (= (* div!12 ?x351) (- 0.0 (* div!11 ?x357))))))))))
(assert
 (let ((?x291 (+ 1.0 ts_exp!0)))
 (let (($x294 (and (distinct ?x291 0.0) true)))
 (=> $x294 (= (* div!13 ?x291) ts_exp!0)))))
(assert
 (let ((?x55 (- (ite (> 0.0 x0_0_0) (- v0_0_0) v0_0_0))))
 (let ((?x296 (* ts_exp!0 ?x55)))
 (let ((?x297 (+ 0.0 ?x296)))
 (let ((?x291 (+ 1.0 ts_exp!0)))
 (let (($x294 (and (distinct ?x291 0.0) true)))
 (=> $x294 (= (* div!14 ?x291) (- ?x296 (* div!13 ?x297))))))))))
(assert
 (let ((?x303 (+ 1.0 ts_exp!1)))
 (let (($x306 (and (distinct ?x303 0.0) true)))
 (=> $x306 (= (* div!15 ?x303) ts_exp!1)))))
(assert
 (let ((?x57 (- (ite (> 0.0 x0_0_1) (- v0_0_1) v0_0_1))))
 (let ((?x308 (* ts_exp!1 ?x57)))
 (let ((?x309 (+ 0.0 ?x308)))
 (let ((?x303 (+ 1.0 ts_exp!1)))
 (let (($x306 (and (distinct ?x303 0.0) true)))
 (=> $x306 (= (* div!16 ?x303) (- ?x308 (* div!15 ?x309))))))))))
(assert
 (let ((?x315 (+ 1.0 ts_exp!2)))
 (let (($x318 (and (distinct ?x315 0.0) true)))
 (=> $x318 (= (* div!17 ?x315) ts_exp!2)))))
(assert
 (let ((?x59 (- (ite (> 0.0 x0_0_2) (- v0_0_2) v0_0_2))))
 (let ((?x320 (* ts_exp!2 ?x59)))
 (let ((?x321 (+ 0.0 ?x320)))
 (let ((?x315 (+ 1.0 ts_exp!2)))
 (let (($x318 (and (distinct ?x315 0.0) true)))
 (=> $x318 (= (* div!18 ?x315) (- ?x320 (* div!17 ?x321))))))))))
(assert
 (let ((?x327 (+ 1.0 ts_exp!3)))
 (let (($x330 (and (distinct ?x327 0.0) true)))
 (=> $x330 (= (* div!19 ?x327) ts_exp!3)))))
(assert
 (let ((?x61 (- (ite (> 0.0 x0_1_0) (- v0_1_0) v0_1_0))))
 (let ((?x332 (* ts_exp!3 ?x61)))
 (let ((?x333 (+ 0.0 ?x332)))
 (let ((?x327 (+ 1.0 ts_exp!3)))
 (let (($x330 (and (distinct ?x327 0.0) true)))
 (=> $x330 (= (* div!20 ?x327) (- ?x332 (* div!19 ?x333))))))))))
(assert
 (let ((?x339 (+ 1.0 ts_exp!4)))
 (let (($x342 (and (distinct ?x339 0.0) true)))
 (=> $x342 (= (* div!21 ?x339) ts_exp!4)))))
(assert
 (let ((?x63 (- (ite (> 0.0 x0_1_1) (- v0_1_1) v0_1_1))))
 (let ((?x344 (* ts_exp!4 ?x63)))
 (let ((?x345 (+ 0.0 ?x344)))
 (let ((?x339 (+ 1.0 ts_exp!4)))
 (let (($x342 (and (distinct ?x339 0.0) true)))
 (=> $x342 (= (* div!22 ?x339) (- ?x344 (* div!21 ?x345))))))))))
(assert
 (let ((?x351 (+ 1.0 ts_exp!5)))
 (let (($x354 (and (distinct ?x351 0.0) true)))
 (=> $x354 (= (* div!23 ?x351) ts_exp!5)))))
(assert
 (let ((?x65 (- (ite (> 0.0 x0_1_2) (- v0_1_2) v0_1_2))))
 (let ((?x356 (* ts_exp!5 ?x65)))
 (let ((?x357 (+ 0.0 ?x356)))
 (let ((?x351 (+ 1.0 ts_exp!5)))
 (let (($x354 (and (distinct ?x351 0.0) true)))
 (=> $x354 (= (* div!24 ?x351) (- ?x356 (* div!23 ?x357))))))))))
(assert
 (let ((?x291 (+ 1.0 ts_exp!0)))
 (and (distinct ?x291 0.0) true)))
(assert
 (let ((?x291 (+ 1.0 ts_exp!0)))
 (and (distinct ?x291 0.0) true)))
(assert
 (let ((?x303 (+ 1.0 ts_exp!1)))
 (and (distinct ?x303 0.0) true)))
(assert
 (let ((?x303 (+ 1.0 ts_exp!1)))
 (and (distinct ?x303 0.0) true)))
(assert
 (let ((?x315 (+ 1.0 ts_exp!2)))
 (and (distinct ?x315 0.0) true)))
(assert
 (let ((?x315 (+ 1.0 ts_exp!2)))
 (and (distinct ?x315 0.0) true)))
(assert
 (let ((?x327 (+ 1.0 ts_exp!3)))
 (and (distinct ?x327 0.0) true)))
(assert
 (let ((?x327 (+ 1.0 ts_exp!3)))
 (and (distinct ?x327 0.0) true)))
(assert
 (let ((?x339 (+ 1.0 ts_exp!4)))
 (and (distinct ?x339 0.0) true)))
(assert
 (let ((?x339 (+ 1.0 ts_exp!4)))
 (and (distinct ?x339 0.0) true)))
(assert
 (let ((?x351 (+ 1.0 ts_exp!5)))
 (and (distinct ?x351 0.0) true)))
(assert
 (let ((?x351 (+ 1.0 ts_exp!5)))
 (and (distinct ?x351 0.0) true)))
(assert
 (let ((?x291 (+ 1.0 ts_exp!0)))
 (and (distinct ?x291 0.0) true)))
(assert
 (let ((?x291 (+ 1.0 ts_exp!0)))
 (and (distinct ?x291 0.0) true)))
(assert
 (let ((?x303 (+ 1.0 ts_exp!1)))
 (and (distinct ?x303 0.0) true)))
(assert
 (let ((?x303 (+ 1.0 ts_exp!1)))
 (and (distinct ?x303 0.0) true)))
(assert
 (let ((?x315 (+ 1.0 ts_exp!2)))
 (and (distinct ?x315 0.0) true)))
(assert
 (let ((?x315 (+ 1.0 ts_exp!2)))
 (and (distinct ?x315 0.0) true)))
(assert
 (let ((?x327 (+ 1.0 ts_exp!3)))
 (and (distinct ?x327 0.0) true)))
(assert
 (let ((?x327 (+ 1.0 ts_exp!3)))
 (and (distinct ?x327 0.0) true)))
(assert
 (let ((?x339 (+ 1.0 ts_exp!4)))
 (and (distinct ?x339 0.0) true)))
(assert
 (let ((?x339 (+ 1.0 ts_exp!4)))
 (and (distinct ?x339 0.0) true)))
(assert
 (let ((?x351 (+ 1.0 ts_exp!5)))
 (and (distinct ?x351 0.0) true)))
(assert
 (let ((?x351 (+ 1.0 ts_exp!5)))
 (and (distinct ?x351 0.0) true)))
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_0_2) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (and (distinct 0.0 x0_1_2) true))
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_0_2) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (and (distinct 0.0 x0_1_2) true))
(assert
 (let (($x81 (<= 0.0 x0_1_0)))
 (let ((?x253 (ite $x81 div!7 div!19)))
 (let (($x280 (= (* v0_1_0 (* ?x253 (- 1.0 ?x253))) (ite $x81 div!8 div!20))))
 (not $x280)))))
(assert
 (let (($x413 (= ts_exp!0 ts_exp!1)))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x56)) $x413)))))
(assert
 (let (($x417 (= ts_exp!0 ts_exp!2)))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x58)) $x417)))))
(assert
 (let (($x421 (= ts_exp!0 ts_exp!3)))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x60)) $x421)))))
(assert
 (let (($x425 (= ts_exp!0 ts_exp!4)))
 (let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x62)) $x425)))))
(assert
 (let (($x429 (= ts_exp!0 ts_exp!5)))
 (let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x64)) $x429)))))
(assert
 (let (($x433 (= ts_exp!1 ts_exp!2)))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (=> (and (= ?x56 ?x58)) $x433)))))
(assert
 (let (($x437 (= ts_exp!1 ts_exp!3)))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (=> (and (= ?x56 ?x60)) $x437)))))
(assert
 (let (($x441 (= ts_exp!1 ts_exp!4)))
 (let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (=> (and (= ?x56 ?x62)) $x441)))))
(assert
 (let (($x445 (= ts_exp!1 ts_exp!5)))
 (let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (=> (and (= ?x56 ?x64)) $x445)))))
(assert
 (let (($x449 (= ts_exp!2 ts_exp!3)))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (=> (and (= ?x58 ?x60)) $x449)))))
(assert
 (let (($x453 (= ts_exp!2 ts_exp!4)))
 (let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (=> (and (= ?x58 ?x62)) $x453)))))
(assert
 (let (($x457 (= ts_exp!2 ts_exp!5)))
 (let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (=> (and (= ?x58 ?x64)) $x457)))))
(assert
 (let (($x461 (= ts_exp!3 ts_exp!4)))
 (let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (=> (and (= ?x60 ?x62)) $x461)))))
(assert
 (let (($x465 (= ts_exp!3 ts_exp!5)))
 (let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (=> (and (= ?x60 ?x64)) $x465)))))
(assert
 (let (($x469 (= ts_exp!4 ts_exp!5)))
(let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
(let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
(=> (and (= ?x62 ?x64)) $x469)))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun ts_exp!0 () Real)
(declare-fun div!1 () Real)
(declare-fun v0_0_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun div!2 () Real)
(declare-fun ts_exp!1 () Real)
(declare-fun div!3 () Real)
(declare-fun v0_0_1 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun div!4 () Real)
(declare-fun ts_exp!2 () Real)
(declare-fun div!5 () Real)
(declare-fun v0_0_2 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun div!6 () Real)
(declare-fun ts_exp!3 () Real)
(declare-fun div!7 () Real)
(declare-fun v0_1_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun div!8 () Real)
(declare-fun ts_exp!4 () Real)
(declare-fun div!9 () Real)
(declare-fun v0_1_1 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun div!10 () Real)
(declare-fun ts_exp!5 () Real)
(declare-fun div!11 () Real)
(declare-fun v0_1_2 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun div!12 () Real)
(declare-fun div!13 () Real)
(declare-fun div!14 () Real)
(declare-fun div!15 () Real)
(declare-fun div!16 () Real)
(declare-fun div!17 () Real)
(declare-fun div!18 () Real)
(declare-fun div!19 () Real)
(declare-fun div!20 () Real)
(declare-fun div!21 () Real)
(declare-fun div!22 () Real)
(declare-fun div!23 () Real)
(declare-fun div!24 () Real)
(assert
 (let ((?x291 (+ 1.0 ts_exp!0)))
 (let (($x294 (and (distinct ?x291 0.0) true)))
 (=> $x294 (= 1.0 (* div!1 ?x291))))))
(assert
 (let ((?x55 (- (ite (> 0.0 x0_0_0) (- v0_0_0) v0_0_0))))
 (let ((?x296 (* ts_exp!0 ?x55)))
 (let ((?x297 (+ 0.0 ?x296)))
 (let ((?x291 (+ 1.0 ts_exp!0)))
 (let (($x294 (and (distinct ?x291 0.0) true)))
 (=> $x294 (= (* div!2 ?x291) (- 0.0 (* div!1 ?x297))))))))))
(assert
 (let ((?x303 (+ 1.0 ts_exp!1)))
 (let (($x306 (and (distinct ?x303 0.0) true)))
 (=> $x306 (= 1.0 (* div!3 ?x303))))))
(assert
 (let ((?x57 (- (ite (> 0.0 x0_0_1) (- v0_0_1) v0_0_1))))
 (let ((?x308 (* ts_exp!1 ?x57)))
 (let ((?x309 (+ 0.0 ?x308)))
 (let ((?x303 (+ 1.0 ts_exp!1)))
 (let (($x306 (and (distinct ?x303 0.0) true)))
 (=> $x306 (= (* div!4 ?x303) (- 0.0 (* div!3 ?x309))))))))))
(assert
 (let ((?x315 (+ 1.0 ts_exp!2)))
 (let (($x318 (and (distinct ?x315 0.0) true)))
 (=> $x318 (= 1.0 (* div!5 ?x315))))))
(assert
 (let ((?x59 (- (ite (> 0.0 x0_0_2) (- v0_0_2) v0_0_2))))
 (let ((?x320 (* ts_exp!2 ?x59)))
 (let ((?x321 (+ 0.0 ?x320)))
 (let ((?x315 (+ 1.0 ts_exp!2)))
 (let (($x318 (and (distinct ?x315 0.0) true)))
 (=> $x318 (= (* div!6 ?x315) (- 0.0 (* div!5 ?x321))))))))))
(assert
 (let ((?x327 (+ 1.0 ts_exp!3)))
 (let (($x330 (and (distinct ?x327 0.0) true)))
 (=> $x330 (= 1.0 (* div!7 ?x327))))))
(assert
 (let ((?x61 (- (ite (> 0.0 x0_1_0) (- v0_1_0) v0_1_0))))
 (let ((?x332 (* ts_exp!3 ?x61)))
 (let ((?x333 (+ 0.0 ?x332)))
 (let ((?x327 (+ 1.0 ts_exp!3)))
 (let (($x330 (and (distinct ?x327 0.0) true)))
 (=> $x330 (= (* div!8 ?x327) (- 0.0 (* div!7 ?x333))))))))))
(assert
 (let ((?x339 (+ 1.0 ts_exp!4)))
 (let (($x342 (and (distinct ?x339 0.0) true)))
 (=> $x342 (= 1.0 (* div!9 ?x339))))))
(assert
 (let ((?x63 (- (ite (> 0.0 x0_1_1) (- v0_1_1) v0_1_1))))
 (let ((?x344 (* ts_exp!4 ?x63)))
 (let ((?x345 (+ 0.0 ?x344)))
 (let ((?x339 (+ 1.0 ts_exp!4)))
 (let (($x342 (and (distinct ?x339 0.0) true)))
 (=> $x342 (= (* div!10 ?x339) (- 0.0 (* div!9 ?x345))))))))))
(assert
 (let ((?x351 (+ 1.0 ts_exp!5)))
 (let (($x354 (and (distinct ?x351 0.0) true)))
 (=> $x354 (= 1.0 (* div!11 ?x351))))))
(assert
 (let ((?x65 (- (ite (> 0.0 x0_1_2) (- v0_1_2) v0_1_2))))
 (let ((?x356 (* ts_exp!5 ?x65)))
 (let ((?x357 (+ 0.0 ?x356)))
 (let ((?x351 (+ 1.0 ts_exp!5)))
 (let (($x354 (and (distinct ?x351 0.0) true)))
 (=> $x354 (= (* div!12 ?x351) (- 0.0 (* div!11 ?x357))))))))))
(assert
 (let ((?x291 (+ 1.0 ts_exp!0)))
 (let (($x294 (and (distinct ?x291 0.0) true)))
 (=> $x294 (= (* div!13 ?x291) ts_exp!0)))))
(assert
 (let ((?x55 (- (ite (> 0.0 x0_0_0) (- v0_0_0) v0_0_0))))
 (let ((?x296 (* ts_exp!0 ?x55)))
 (let ((?x297 (+ 0.0 ?x296)))
 (let ((?x291 (+ 1.0 ts_exp!0)))
 (let (($x294 (and (distinct ?x291 0.0) true)))
 (=> $x294 (= (* div!14 ?x291) (- ?x296 (* div!13 ?x297))))))))))
(assert
 (let ((?x303 (+ 1.0 ts_exp!1)))
 (let (($x306 (and (distinct ?x303 0.0) true)))
 (=> $x306 (= (* div!15 ?x303) ts_exp!1)))))
(assert
 (let ((?x57 (- (ite (> 0.0 x0_0_1) (- v0_0_1) v0_0_1))))
 (let ((?x308 (* ts_exp!1 ?x57)))
 (let ((?x309 (+ 0.0 ?x308)))
 (let ((?x303 (+ 1.0 ts_exp!1)))
 (let (($x306 (and (distinct ?x303 0.0) true)))
 (=> $x306 (= (* div!16 ?x303) (- ?x308 (* div!15 ?x309))))))))))
(assert
 (let ((?x315 (+ 1.0 ts_exp!2)))
 (let (($x318 (and (distinct ?x315 0.0) true)))
 (=> $x318 (= (* div!17 ?x315) ts_exp!2)))))
(assert
 (let ((?x59 (- (ite (> 0.0 x0_0_2) (- v0_0_2) v0_0_2))))
 (let ((?x320 (* ts_exp!2 ?x59)))
 (let ((?x321 (+ 0.0 ?x320)))
 (let ((?x315 (+ 1.0 ts_exp!2)))
 (let (($x318 (and (distinct ?x315 0.0) true)))
 (=> $x318 (= (* div!18 ?x315) (- ?x320 (* div!17 ?x321))))))))))
(assert
 (let ((?x327 (+ 1.0 ts_exp!3)))
 (let (($x330 (and (distinct ?x327 0.0) true)))
 (=> $x330 (= (* div!19 ?x327) ts_exp!3)))))
(assert
 (let ((?x61 (- (ite (> 0.0 x0_1_0) (- v0_1_0) v0_1_0))))
 (let ((?x332 (* ts_exp!3 ?x61)))
 (let ((?x333 (+ 0.0 ?x332)))
 (let ((?x327 (+ 1.0 ts_exp!3)))
 (let (($x330 (and (distinct ?x327 0.0) true)))
 (=> $x330 (= (* div!20 ?x327) (- ?x332 (* div!19 ?x333))))))))))
(assert
 (let ((?x339 (+ 1.0 ts_exp!4)))
 (let (($x342 (and (distinct ?x339 0.0) true)))
 (=> $x342 (= (* div!21 ?x339) ts_exp!4)))))
(assert
 (let ((?x63 (- (ite (> 0.0 x0_1_1) (- v0_1_1) v0_1_1))))
 (let ((?x344 (* ts_exp!4 ?x63)))
 (let ((?x345 (+ 0.0 ?x344)))
 (let ((?x339 (+ 1.0 ts_exp!4)))
 (let (($x342 (and (distinct ?x339 0.0) true)))
 (=> $x342 (= (* div!22 ?x339) (- ?x344 (* div!21 ?x345))))))))))
(assert
 (let ((?x351 (+ 1.0 ts_exp!5)))
 (let (($x354 (and (distinct ?x351 0.0) true)))
 (=> $x354 (= (* div!23 ?x351) ts_exp!5)))))
(assert
 (let ((?x65 (- (ite (> 0.0 x0_1_2) (- v0_1_2) v0_1_2))))
 (let ((?x356 (* ts_exp!5 ?x65)))
 (let ((?x357 (+ 0.0 ?x356)))
 (let ((?x351 (+ 1.0 ts_exp!5)))
 (let (($x354 (and (distinct ?x351 0.0) true)))
 (=> $x354 (= (* div!24 ?x351) (- ?x356 (* div!23 ?x357))))))))))
(assert
 (let ((?x291 (+ 1.0 ts_exp!0)))
 (and (distinct ?x291 0.0) true)))
(assert
 (let ((?x291 (+ 1.0 ts_exp!0)))
 (and (distinct ?x291 0.0) true)))
(assert
 (let ((?x303 (+ 1.0 ts_exp!1)))
 (and (distinct ?x303 0.0) true)))
(assert
 (let ((?x303 (+ 1.0 ts_exp!1)))
 (and (distinct ?x303 0.0) true)))
(assert
 (let ((?x315 (+ 1.0 ts_exp!2)))
 (and (distinct ?x315 0.0) true)))
(assert
 (let ((?x315 (+ 1.0 ts_exp!2)))
 (and (distinct ?x315 0.0) true)))
(assert
 (let ((?x327 (+ 1.0 ts_exp!3)))
 (and (distinct ?x327 0.0) true)))
(assert
 (let ((?x327 (+ 1.0 ts_exp!3)))
 (and (distinct ?x327 0.0) true)))
(assert
 (let ((?x339 (+ 1.0 ts_exp!4)))
 (and (distinct ?x339 0.0) true)))
(assert
 (let ((?x339 (+ 1.0 ts_exp!4)))
 (and (distinct ?x339 0.0) true)))
(assert
 (let ((?x351 (+ 1.0 ts_exp!5)))
 (and (distinct ?x351 0.0) true)))
(assert
 (let ((?x351 (+ 1.0 ts_exp!5)))
 (and (distinct ?x351 0.0) true)))
(assert
 (let ((?x291 (+ 1.0 ts_exp!0)))
 (and (distinct ?x291 0.0) true)))
(assert
 (let ((?x291 (+ 1.0 ts_exp!0)))
 (and (distinct ?x291 0.0) true)))
(assert
 (let ((?x303 (+ 1.0 ts_exp!1)))
 (and (distinct ?x303 0.0) true)))
(assert
 (let ((?x303 (+ 1.0 ts_exp!1)))
 (and (distinct ?x303 0.0) true)))
(assert
 (let ((?x315 (+ 1.0 ts_exp!2)))
 (and (distinct ?x315 0.0) true)))
(assert
 (let ((?x315 (+ 1.0 ts_exp!2)))
 (and (distinct ?x315 0.0) true)))
(assert
 (let ((?x327 (+ 1.0 ts_exp!3)))
 (and (distinct ?x327 0.0) true)))
(assert
 (let ((?x327 (+ 1.0 ts_exp!3)))
 (and (distinct ?x327 0.0) true)))
(assert
 (let ((?x339 (+ 1.0 ts_exp!4)))
 (and (distinct ?x339 0.0) true)))
(assert
 (let ((?x339 (+ 1.0 ts_exp!4)))
 (and (distinct ?x339 0.0) true)))
(assert
 (let ((?x351 (+ 1.0 ts_exp!5)))
 (and (distinct ?x351 0.0) true)))
(assert
 (let ((?x351 (+ 1.0 ts_exp!5)))
 (and (distinct ?x351 0.0) true)))
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_0_2) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (and (distinct 0.0 x0_1_2) true))
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_0_2) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (and (distinct 0.0 x0_1_2) true))
(assert
 (let (($x82 (<= 0.0 x0_1_1)))
 (let ((?x255 (ite $x82 div!9 div!21)))
 (let (($x281 (= (* v0_1_1 (* ?x255 (- 1.0 ?x255))) (ite $x82 div!10 div!22))))
 (not $x281)))))
(assert
 (let (($x413 (= ts_exp!0 ts_exp!1)))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x56)) $x413)))))
(assert
 (let (($x417 (= ts_exp!0 ts_exp!2)))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x58)) $x417)))))
(assert
 (let (($x421 (= ts_exp!0 ts_exp!3)))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x60)) $x421)))))
(assert
 (let (($x425 (= ts_exp!0 ts_exp!4)))
 (let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x62)) $x425)))))
(assert
 (let (($x429 (= ts_exp!0 ts_exp!5)))
 (let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x64)) $x429)))))
(assert
 (let (($x433 (= ts_exp!1 ts_exp!2)))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (=> (and (= ?x56 ?x58)) $x433)))))
(assert
 (let (($x437 (= ts_exp!1 ts_exp!3)))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (=> (and (= ?x56 ?x60)) $x437)))))
(assert
 (let (($x441 (= ts_exp!1 ts_exp!4)))
 (let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (=> (and (= ?x56 ?x62)) $x441)))))
(assert
 (let (($x445 (= ts_exp!1 ts_exp!5)))
 (let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (=> (and (= ?x56 ?x64)) $x445)))))
(assert
 (let (($x449 (= ts_exp!2 ts_exp!3)))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (=> (and (= ?x58 ?x60)) $x449)))))
(assert
 (let (($x453 (= ts_exp!2 ts_exp!4)))
 (let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (=> (and (= ?x58 ?x62)) $x453)))))
(assert
 (let (($x457 (= ts_exp!2 ts_exp!5)))
 (let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (=> (and (= ?x58 ?x64)) $x457)))))
(assert
 (let (($x461 (= ts_exp!3 ts_exp!4)))
 (let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (=> (and (= ?x60 ?x62)) $x461)))))
(assert
 (let (($x465 (= ts_exp!3 ts_exp!5)))
 (let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (=> (and (= ?x60 ?x64)) $x465)))))
(assert
 (let (($x469 (= ts_exp!4 ts_exp!5)))
(let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
(let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
(=> (and (= ?x62 ?x64)) $x469)))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun ts_exp!0 () Real)
(declare-fun div!1 () Real)
(declare-fun v0_0_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun div!2 () Real)
(declare-fun ts_exp!1 () Real)
(declare-fun div!3 () Real)
(declare-fun v0_0_1 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun div!4 () Real)
(declare-fun ts_exp!2 () Real)
(declare-fun div!5 () Real)
(declare-fun v0_0_2 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun div!6 () Real)
(declare-fun ts_exp!3 () Real)
(declare-fun div!7 () Real)
(declare-fun v0_1_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun div!8 () Real)
(declare-fun ts_exp!4 () Real)
(declare-fun div!9 () Real)
(declare-fun v0_1_1 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun div!10 () Real)
(declare-fun ts_exp!5 () Real)
(declare-fun div!11 () Real)
(declare-fun v0_1_2 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun div!12 () Real)
(declare-fun div!13 () Real)
(declare-fun div!14 () Real)
(declare-fun div!15 () Real)
(declare-fun div!16 () Real)
(declare-fun div!17 () Real)
(declare-fun div!18 () Real)
(declare-fun div!19 () Real)
(declare-fun div!20 () Real)
(declare-fun div!21 () Real)
(declare-fun div!22 () Real)
(declare-fun div!23 () Real)
(declare-fun div!24 () Real)
(assert
 (let ((?x291 (+ 1.0 ts_exp!0)))
 (let (($x294 (and (distinct ?x291 0.0) true)))
 (=> $x294 (= 1.0 (* div!1 ?x291))))))
(assert
 (let ((?x55 (- (ite (> 0.0 x0_0_0) (- v0_0_0) v0_0_0))))
 (let ((?x296 (* ts_exp!0 ?x55)))
 (let ((?x297 (+ 0.0 ?x296)))
 (let ((?x291 (+ 1.0 ts_exp!0)))
 (let (($x294 (and (distinct ?x291 0.0) true)))
 (=> $x294 (= (* div!2 ?x291) (- 0.0 (* div!1 ?x297))))))))))
(assert
 (let ((?x303 (+ 1.0 ts_exp!1)))
 (let (($x306 (and (distinct ?x303 0.0) true)))
 (=> $x306 (= 1.0 (* div!3 ?x303))))))
(assert
 (let ((?x57 (- (ite (> 0.0 x0_0_1) (- v0_0_1) v0_0_1))))
 (let ((?x308 (* ts_exp!1 ?x57)))
 (let ((?x309 (+ 0.0 ?x308)))
 (let ((?x303 (+ 1.0 ts_exp!1)))
 (let (($x306 (and (distinct ?x303 0.0) true)))
 (=> $x306 (= (* div!4 ?x303) (- 0.0 (* div!3 ?x309))))))))))
(assert
 (let ((?x315 (+ 1.0 ts_exp!2)))
 (let (($x318 (and (distinct ?x315 0.0) true)))
 (=> $x318 (= 1.0 (* div!5 ?x315))))))
(assert
 (let ((?x59 (- (ite (> 0.0 x0_0_2) (- v0_0_2) v0_0_2))))
 (let ((?x320 (* ts_exp!2 ?x59)))
 (let ((?x321 (+ 0.0 ?x320)))
 (let ((?x315 (+ 1.0 ts_exp!2)))
 (let (($x318 (and (distinct ?x315 0.0) true)))
 (=> $x318 (= (* div!6 ?x315) (- 0.0 (* div!5 ?x321))))))))))
(assert
 (let ((?x327 (+ 1.0 ts_exp!3)))
 (let (($x330 (and (distinct ?x327 0.0) true)))
 (=> $x330 (= 1.0 (* div!7 ?x327))))))
(assert
 (let ((?x61 (- (ite (> 0.0 x0_1_0) (- v0_1_0) v0_1_0))))
 (let ((?x332 (* ts_exp!3 ?x61)))
 (let ((?x333 (+ 0.0 ?x332)))
 (let ((?x327 (+ 1.0 ts_exp!3)))
 (let (($x330 (and (distinct ?x327 0.0) true)))
 (=> $x330 (= (* div!8 ?x327) (- 0.0 (* div!7 ?x333))))))))))
(assert
 (let ((?x339 (+ 1.0 ts_exp!4)))
 (let (($x342 (and (distinct ?x339 0.0) true)))
 (=> $x342 (= 1.0 (* div!9 ?x339))))))
(assert
 (let ((?x63 (- (ite (> 0.0 x0_1_1) (- v0_1_1) v0_1_1))))
 (let ((?x344 (* ts_exp!4 ?x63)))
 (let ((?x345 (+ 0.0 ?x344)))
 (let ((?x339 (+ 1.0 ts_exp!4)))
 (let (($x342 (and (distinct ?x339 0.0) true)))
 (=> $x342 (= (* div!10 ?x339) (- 0.0 (* div!9 ?x345))))))))))
(assert
 (let ((?x351 (+ 1.0 ts_exp!5)))
 (let (($x354 (and (distinct ?x351 0.0) true)))
 (=> $x354 (= 1.0 (* div!11 ?x351))))))
(assert
 (let ((?x65 (- (ite (> 0.0 x0_1_2) (- v0_1_2) v0_1_2))))
 (let ((?x356 (* ts_exp!5 ?x65)))
 (let ((?x357 (+ 0.0 ?x356)))
 (let ((?x351 (+ 1.0 ts_exp!5)))
 (let (($x354 (and (distinct ?x351 0.0) true)))
 (=> $x354 (= (* div!12 ?x351) (- 0.0 (* div!11 ?x357))))))))))
(assert
 (let ((?x291 (+ 1.0 ts_exp!0)))
 (let (($x294 (and (distinct ?x291 0.0) true)))
 (=> $x294 (= (* div!13 ?x291) ts_exp!0)))))
(assert
 (let ((?x55 (- (ite (> 0.0 x0_0_0) (- v0_0_0) v0_0_0))))
 (let ((?x296 (* ts_exp!0 ?x55)))
 (let ((?x297 (+ 0.0 ?x296)))
 (let ((?x291 (+ 1.0 ts_exp!0)))
 (let (($x294 (and (distinct ?x291 0.0) true)))
 (=> $x294 (= (* div!14 ?x291) (- ?x296 (* div!13 ?x297))))))))))
(assert
 (let ((?x303 (+ 1.0 ts_exp!1)))
 (let (($x306 (and (distinct ?x303 0.0) true)))
 (=> $x306 (= (* div!15 ?x303) ts_exp!1)))))
(assert
 (let ((?x57 (- (ite (> 0.0 x0_0_1) (- v0_0_1) v0_0_1))))
 (let ((?x308 (* ts_exp!1 ?x57)))
 (let ((?x309 (+ 0.0 ?x308)))
 (let ((?x303 (+ 1.0 ts_exp!1)))
 (let (($x306 (and (distinct ?x303 0.0) true)))
 (=> $x306 (= (* div!16 ?x303) (- ?x308 (* div!15 ?x309))))))))))
(assert
 (let ((?x315 (+ 1.0 ts_exp!2)))
 (let (($x318 (and (distinct ?x315 0.0) true)))
 (=> $x318 (= (* div!17 ?x315) ts_exp!2)))))
(assert
 (let ((?x59 (- (ite (> 0.0 x0_0_2) (- v0_0_2) v0_0_2))))
 (let ((?x320 (* ts_exp!2 ?x59)))
 (let ((?x321 (+ 0.0 ?x320)))
 (let ((?x315 (+ 1.0 ts_exp!2)))
 (let (($x318 (and (distinct ?x315 0.0) true)))
 (=> $x318 (= (* div!18 ?x315) (- ?x320 (* div!17 ?x321))))))))))
(assert
 (let ((?x327 (+ 1.0 ts_exp!3)))
 (let (($x330 (and (distinct ?x327 0.0) true)))
 (=> $x330 (= (* div!19 ?x327) ts_exp!3)))))
(assert
 (let ((?x61 (- (ite (> 0.0 x0_1_0) (- v0_1_0) v0_1_0))))
 (let ((?x332 (* ts_exp!3 ?x61)))
 (let ((?x333 (+ 0.0 ?x332)))
 (let ((?x327 (+ 1.0 ts_exp!3)))
 (let (($x330 (and (distinct ?x327 0.0) true)))
 (=> $x330 (= (* div!20 ?x327) (- ?x332 (* div!19 ?x333))))))))))
(assert
 (let ((?x339 (+ 1.0 ts_exp!4)))
 (let (($x342 (and (distinct ?x339 0.0) true)))
 (=> $x342 (= (* div!21 ?x339) ts_exp!4)))))
(assert
 (let ((?x63 (- (ite (> 0.0 x0_1_1) (- v0_1_1) v0_1_1))))
 (let ((?x344 (* ts_exp!4 ?x63)))
 (let ((?x345 (+ 0.0 ?x344)))
 (let ((?x339 (+ 1.0 ts_exp!4)))
 (let (($x342 (and (distinct ?x339 0.0) true)))
 (=> $x342 (= (* div!22 ?x339) (- ?x344 (* div!21 ?x345))))))))))
(assert
 (let ((?x351 (+ 1.0 ts_exp!5)))
 (let (($x354 (and (distinct ?x351 0.0) true)))
 (=> $x354 (= (* div!23 ?x351) ts_exp!5)))))
(assert
 (let ((?x65 (- (ite (> 0.0 x0_1_2) (- v0_1_2) v0_1_2))))
 (let ((?x356 (* ts_exp!5 ?x65)))
 (let ((?x357 (+ 0.0 ?x356)))
 (let ((?x351 (+ 1.0 ts_exp!5)))
 (let (($x354 (and (distinct ?x351 0.0) true)))
 (=> $x354 (= (* div!24 ?x351) (- ?x356 (* div!23 ?x357))))))))))
(assert
 (let ((?x291 (+ 1.0 ts_exp!0)))
 (and (distinct ?x291 0.0) true)))
(assert
 (let ((?x291 (+ 1.0 ts_exp!0)))
 (and (distinct ?x291 0.0) true)))
(assert
 (let ((?x303 (+ 1.0 ts_exp!1)))
 (and (distinct ?x303 0.0) true)))
(assert
 (let ((?x303 (+ 1.0 ts_exp!1)))
 (and (distinct ?x303 0.0) true)))
(assert
 (let ((?x315 (+ 1.0 ts_exp!2)))
 (and (distinct ?x315 0.0) true)))
(assert
 (let ((?x315 (+ 1.0 ts_exp!2)))
 (and (distinct ?x315 0.0) true)))
(assert
 (let ((?x327 (+ 1.0 ts_exp!3)))
 (and (distinct ?x327 0.0) true)))
(assert
 (let ((?x327 (+ 1.0 ts_exp!3)))
 (and (distinct ?x327 0.0) true)))
(assert
 (let ((?x339 (+ 1.0 ts_exp!4)))
 (and (distinct ?x339 0.0) true)))
(assert
 (let ((?x339 (+ 1.0 ts_exp!4)))
 (and (distinct ?x339 0.0) true)))
(assert
 (let ((?x351 (+ 1.0 ts_exp!5)))
 (and (distinct ?x351 0.0) true)))
(assert
 (let ((?x351 (+ 1.0 ts_exp!5)))
 (and (distinct ?x351 0.0) true)))
(assert
 (let ((?x291 (+ 1.0 ts_exp!0)))
 (and (distinct ?x291 0.0) true)))
(assert
 (let ((?x291 (+ 1.0 ts_exp!0)))
 (and (distinct ?x291 0.0) true)))
(assert
 (let ((?x303 (+ 1.0 ts_exp!1)))
 (and (distinct ?x303 0.0) true)))
(assert
 (let ((?x303 (+ 1.0 ts_exp!1)))
 (and (distinct ?x303 0.0) true)))
(assert
 (let ((?x315 (+ 1.0 ts_exp!2)))
 (and (distinct ?x315 0.0) true)))
(assert
 (let ((?x315 (+ 1.0 ts_exp!2)))
 (and (distinct ?x315 0.0) true)))
(assert
 (let ((?x327 (+ 1.0 ts_exp!3)))
 (and (distinct ?x327 0.0) true)))
(assert
 (let ((?x327 (+ 1.0 ts_exp!3)))
 (and (distinct ?x327 0.0) true)))
(assert
 (let ((?x339 (+ 1.0 ts_exp!4)))
 (and (distinct ?x339 0.0) true)))
(assert
 (let ((?x339 (+ 1.0 ts_exp!4)))
 (and (distinct ?x339 0.0) true)))
(assert
 (let ((?x351 (+ 1.0 ts_exp!5)))
 (and (distinct ?x351 0.0) true)))
(assert
 (let ((?x351 (+ 1.0 ts_exp!5)))
 (and (distinct ?x351 0.0) true)))
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_0_2) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (and (distinct 0.0 x0_1_2) true))
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_0_2) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (and (distinct 0.0 x0_1_2) true))
(assert
 (let (($x83 (<= 0.0 x0_1_2)))
 (let ((?x257 (ite $x83 div!11 div!23)))
 (let (($x282 (= (* v0_1_2 (* ?x257 (- 1.0 ?x257))) (ite $x83 div!12 div!24))))
 (not $x282)))))
(assert
 (let (($x413 (= ts_exp!0 ts_exp!1)))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x56)) $x413)))))
(assert
 (let (($x417 (= ts_exp!0 ts_exp!2)))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x58)) $x417)))))
(assert
 (let (($x421 (= ts_exp!0 ts_exp!3)))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x60)) $x421)))))
(assert
 (let (($x425 (= ts_exp!0 ts_exp!4)))
 (let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x62)) $x425)))))
(assert
 (let (($x429 (= ts_exp!0 ts_exp!5)))
 (let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x64)) $x429)))))
(assert
 (let (($x433 (= ts_exp!1 ts_exp!2)))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (=> (and (= ?x56 ?x58)) $x433)))))
(assert
 (let (($x437 (= ts_exp!1 ts_exp!3)))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (=> (and (= ?x56 ?x60)) $x437)))))
(assert
 (let (($x441 (= ts_exp!1 ts_exp!4)))
 (let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (=> (and (= ?x56 ?x62)) $x441)))))
(assert
 (let (($x445 (= ts_exp!1 ts_exp!5)))
 (let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (=> (and (= ?x56 ?x64)) $x445)))))
(assert
 (let (($x449 (= ts_exp!2 ts_exp!3)))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (=> (and (= ?x58 ?x60)) $x449)))))
(assert
 (let (($x453 (= ts_exp!2 ts_exp!4)))
 (let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (=> (and (= ?x58 ?x62)) $x453)))))
(assert
 (let (($x457 (= ts_exp!2 ts_exp!5)))
 (let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (=> (and (= ?x58 ?x64)) $x457)))))
(assert
 (let (($x461 (= ts_exp!3 ts_exp!4)))
 (let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (=> (and (= ?x60 ?x62)) $x461)))))
(assert
 (let (($x465 (= ts_exp!3 ts_exp!5)))
 (let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (=> (and (= ?x60 ?x64)) $x465)))))
(assert
 (let (($x469 (= ts_exp!4 ts_exp!5)))
(let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
(let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
(=> (and (= ?x62 ?x64)) $x469)))))
(check-sat)
