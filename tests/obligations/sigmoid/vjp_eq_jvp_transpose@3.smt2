; torchsmt obligation sigmoid.vjp_eq_jvp_transpose@3 (lemma, op sigmoid, vjp_eq_jvp_transpose)
; <w, J v> = <J^T w, v> at shapes ((3,),) params {}, off kinks
(set-info :source |torchsmt lemma sigmoid.vjp_eq_jvp_transpose@3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun ts_exp!0 () Real)
(declare-fun div!1 () Real)
(declare-fun x0_0 () Real)
(declare-fun div!2 () Real)
(declare-fun ts_exp!1 () Real)
(declare-fun div!3 () Real)
(declare-fun x0_1 () Real)
(declare-fun div!4 () Real)
(declare-fun ts_exp!2 () Real)
(declare-fun div!5 () Real)
(declare-fun x0_2 () Real)
(declare-fun div!6 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(declare-fun w_0 () Real)
(declare-fun w_2 () Real)
(declare-fun w_1 () Real)
(assert
 (let ((?x236 (+ 1.0 ts_exp!0)))
 (let (($x239 (and (distinct ?x236 0.0) true)))
 (=> $x239 (= 1.0 (* div!1 ?x236))))))
(assert
 (let ((?x158 (- (ite (> 0.0 x0_0) (- 1.0) 1.0))))
 (let ((?x241 (* ts_exp!0 ?x158)))
 (let ((?x242 (+ 0.0 ?x241)))
 (let ((?x236 (+ 1.0 ts_exp!0)))
 (let ((?x245 (* div!2 ?x236)))
 (let (($x239 (and (distinct ?x236 0.0) true)))
 (=> $x239 (= ?x245 (- 0.0 (* div!1 ?x242)))))))))))
(assert
 (let ((?x248 (+ 1.0 ts_exp!1)))
 (let (($x251 (and (distinct ?x248 0.0) true)))
 (=> $x251 (= 1.0 (* div!3 ?x248))))))
(assert
 (let ((?x167 (- (ite (> 0.0 x0_1) (- 0.0) 0.0))))
 (let ((?x253 (* ts_exp!1 ?x167)))
 (let ((?x254 (+ 0.0 ?x253)))
 (let ((?x248 (+ 1.0 ts_exp!1)))
 (let ((?x257 (* div!4 ?x248)))
 (let (($x251 (and (distinct ?x248 0.0) true)))
 (=> $x251 (= ?x257 (- 0.0 (* div!3 ?x254)))))))))))
(assert
 (let ((?x260 (+ 1.0 ts_exp!2)))
 (let (($x263 (and (distinct ?x260 0.0) true)))
 (=> $x263 (= 1.0 (* div!5 ?x260))))))
(assert
 (let ((?x175 (- (ite (> 0.0 x0_2) (- 0.0) 0.0))))
 (let ((?x265 (* ts_exp!2 ?x175)))
 (let ((?x266 (+ 0.0 ?x265)))
 (let ((?x260 (+ 1.0 ts_exp!2)))
 (let ((?x269 (* div!6 ?x260)))
 (let (($x263 (and (distinct ?x260 0.0) true)))
 (=> $x263 (= ?x269 (- 0.0 (* div!5 ?x266)))))))))))
(assert
 (let ((?x236 (+ 1.0 ts_exp!0)))
 (let (($x239 (and (distinct ?x236 0.0) true)))
 (=> $x239 (= (* div!7 ?x236) ts_exp!0)))))
(assert
 (let ((?x158 (- (ite (> 0.0 x0_0) (- 1.0) 1.0))))
 (let ((?x241 (* ts_exp!0 ?x158)))
 (let ((?x242 (+ 0.0 ?x241)))
 (let ((?x236 (+ 1.0 ts_exp!0)))
 (let ((?x277 (* div!8 ?x236)))
 (let (($x239 (and (distinct ?x236 0.0) true)))
 (=> $x239 (= ?x277 (- ?x241 (* div!7 ?x242)))))))))))
(assert
 (let ((?x248 (+ 1.0 ts_exp!1)))
 (let (($x251 (and (distinct ?x248 0.0) true)))
 (=> $x251 (= (* div!9 ?x248) ts_exp!1)))))
(assert
 (let ((?x167 (- (ite (> 0.0 x0_1) (- 0.0) 0.0))))
 (let ((?x253 (* ts_exp!1 ?x167)))
 (let ((?x254 (+ 0.0 ?x253)))
 (let ((?x248 (+ 1.0 ts_exp!1)))
 (let ((?x285 (* div!10 ?x248)))
 (let (($x251 (and (distinct ?x248 0.0) true)))
 (=> $x251 (= ?x285 (- ?x253 (* div!9 ?x254)))))))))))
(assert
 (let ((?x260 (+ 1.0 ts_exp!2)))
 (let (($x263 (and (distinct ?x260 0.0) true)))
 (=> $x263 (= (* div!11 ?x260) ts_exp!2)))))
(assert
 (let ((?x175 (- (ite (> 0.0 x0_2) (- 0.0) 0.0))))
 (let ((?x265 (* ts_exp!2 ?x175)))
 (let ((?x266 (+ 0.0 ?x265)))
 (let ((?x260 (+ 1.0 ts_exp!2)))
 (let ((?x293 (* div!12 ?x260)))
 (let (($x263 (and (distinct ?x260 0.0) true)))
 (=> $x263 (= ?x293 (- ?x265 (* div!11 ?x266)))))))))))
(assert
 (let ((?x236 (+ 1.0 ts_exp!0)))
 (and (distinct ?x236 0.0) true)))
(assert
 (let ((?x236 (+ 1.0 ts_exp!0)))
 (and (distinct ?x236 0.0) true)))
(assert
 (let ((?x248 (+ 1.0 ts_exp!1)))
 (and (distinct ?x248 0.0) true)))
(assert
 (let ((?x248 (+ 1.0 ts_exp!1)))
 (and (distinct ?x248 0.0) true)))
(assert
 (let ((?x260 (+ 1.0 ts_exp!2)))
 (and (distinct ?x260 0.0) true)))
(assert
 (let ((?x260 (+ 1.0 ts_exp!2)))
 (and (distinct ?x260 0.0) true)))
(assert
 (let ((?x236 (+ 1.0 ts_exp!0)))
 (and (distinct ?x236 0.0) true)))
(assert
 (let ((?x236 (+ 1.0 ts_exp!0)))
 (and (distinct ?x236 0.0) true)))
(assert
 (let ((?x248 (+ 1.0 ts_exp!1)))
 (and (distinct ?x248 0.0) true)))
(assert
 (let ((?x248 (+ 1.0 ts_exp!1)))
 (and (distinct ?x248 0.0) true)))
(assert
 (let ((?x260 (+ 1.0 ts_exp!2)))
 (and (distinct ?x260 0.0) true)))
(assert
 (let ((?x260 (+ 1.0 ts_exp!2)))
 (and (distinct ?x260 0.0) true)))
(assert
 (and (distinct 0.0 x0_0) true))
(assert
 (and (distinct 0.0 x0_1) true))
(assert
 (and (distinct 0.0 x0_2) true))
(assert
 (and (distinct 0.0 x0_0) true))
(assert
 (and (distinct 0.0 x0_1) true))
(assert
 (and (distinct 0.0 x0_2) true))
(assert
 (let (($x42 (<= 0.0 x0_0)))
 (let ((?x127 (ite $x42 div!1 div!7)))
 (let ((?x142 (* w_0 (* ?x127 (- 1.0 ?x127)))))
 (let ((?x152 (+ (* w_0 (ite $x42 div!2 div!8)) (* w_1 (ite (<= 0.0 x0_1) div!4 div!10)) (* w_2 (ite (<= 0.0 x0_2) div!6 div!12)))))
 (let (($x155 (= ?x152 ?x142)))
 (not $x155)))))))
(assert
 (let (($x298 (= ts_exp!0 ts_exp!1)))
 (let ((?x32 (- (ite (> 0.0 x0_1) (- x0_1) x0_1))))
 (let ((?x30 (- (ite (> 0.0 x0_0) (- x0_0) x0_0))))
 (=> (and (= ?x30 ?x32)) $x298)))))
(assert
 (let (($x302 (= ts_exp!0 ts_exp!2)))
 (let ((?x34 (- (ite (> 0.0 x0_2) (- x0_2) x0_2))))
 (let ((?x30 (- (ite (> 0.0 x0_0) (- x0_0) x0_0))))
 (=> (and (= ?x30 ?x34)) $x302)))))
(assert
 (let (($x306 (= ts_exp!1 ts_exp!2)))
(let ((?x34 (- (ite (> 0.0 x0_2) (- x0_2) x0_2))))
(let ((?x32 (- (ite (> 0.0 x0_1) (- x0_1) x0_1))))
(=> (and (= ?x32 ?x34)) $x306)))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun ts_exp!0 () Real)
(declare-fun div!1 () Real)
(declare-fun x0_0 () Real)
(declare-fun div!2 () Real)
(declare-fun ts_exp!1 () Real)
(declare-fun div!3 () Real)
(declare-fun x0_1 () Real)
(declare-fun div!4 () Real)
(declare-fun ts_exp!2 () Real)
(declare-fun div!5 () Real)
(declare-fun x0_2 () Real)
(declare-fun div!6 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(declare-fun w_1 () Real)
(declare-fun w_2 () Real)
(declare-fun w_0 () Real)
(assert
 (let ((?x236 (+ 1.0 ts_exp!0)))
 (let (($x239 (and (distinct ?x236 0.0) true)))
 (=> $x239 (= 1.0 (* div!1 ?x236))))))
(assert
 (let ((?x196 (- (ite (> 0.0 x0_0) (- 0.0) 0.0))))
 (let ((?x309 (* ts_exp!0 ?x196)))
 (let ((?x310 (+ 0.0 ?x309)))
 (let ((?x236 (+ 1.0 ts_exp!0)))
 (let ((?x245 (* div!2 ?x236)))
 (let (($x239 (and (distinct ?x236 0.0) true)))
 (=> $x239 (= ?x245 (- 0.0 (* div!1 ?x310)))))))))))
(assert
 (let ((?x248 (+ 1.0 ts_exp!1)))
 (let (($x251 (and (distinct ?x248 0.0) true)))
 (=> $x251 (= 1.0 (* div!3 ?x248))))))
(assert
 (let ((?x204 (- (ite (> 0.0 x0_1) (- 1.0) 1.0))))
 (let ((?x315 (* ts_exp!1 ?x204)))
 (let ((?x316 (+ 0.0 ?x315)))
 (let ((?x248 (+ 1.0 ts_exp!1)))
 (let ((?x257 (* div!4 ?x248)))
 (let (($x251 (and (distinct ?x248 0.0) true)))
 (=> $x251 (= ?x257 (- 0.0 (* div!3 ?x316)))))))))))
(assert
 (let ((?x260 (+ 1.0 ts_exp!2)))
 (let (($x263 (and (distinct ?x260 0.0) true)))
 (=> $x263 (= 1.0 (* div!5 ?x260))))))
(assert
 (let ((?x175 (- (ite (> 0.0 x0_2) (- 0.0) 0.0))))
 (let ((?x265 (* ts_exp!2 ?x175)))
 (let ((?x266 (+ 0.0 ?x265)))
 (let ((?x260 (+ 1.0 ts_exp!2)))
 (let ((?x269 (* div!6 ?x260)))
 (let (($x263 (and (distinct ?x260 0.0) true)))
 (=> $x263 (= ?x269 (- 0.0 (* div!5 ?x266)))))))))))
(assert
 (let ((?x236 (+ 1.0 ts_exp!0)))
 (let (($x239 (and (distinct ?x236 0.0) true)))
 (=> $x239 (= (* div!7 ?x236) ts_exp!0)))))
(assert
 (let ((?x196 (- (ite (> 0.0 x0_0) (- 0.0) 0.0))))
 (let ((?x309 (* ts_exp!0 ?x196)))
 (let ((?x310 (+ 0.0 ?x309)))
 (let ((?x236 (+ 1.0 ts_exp!0)))
 (let ((?x277 (* div!8 ?x236)))
 (let (($x239 (and (distinct ?x236 0.0) true)))
 (=> $x239 (= ?x277 (- ?x309 (* div!7 ?x310)))))))))))
(assert
 (let ((?x248 (+ 1.0 ts_exp!1)))
 (let (($x251 (and (distinct ?x248 0.0) true)))
 (=> $x251 (= (* div!9 ?x248) ts_exp!1)))))
(assert
 (let ((?x204 (- (ite (> 0.0 x0_1) (- 1.0) 1.0))))
 (let ((?x315 (* ts_exp!1 ?x204)))
 (let ((?x316 (+ 0.0 ?x315)))
 (let ((?x248 (+ 1.0 ts_exp!1)))
 (let ((?x285 (* div!10 ?x248)))
 (let (($x251 (and (distinct ?x248 0.0) true)))
 (=> $x251 (= ?x285 (- ?x315 (* div!9 ?x316)))))))))))
(assert
 (let ((?x260 (+ 1.0 ts_exp!2)))
 (let (($x263 (and (distinct ?x260 0.0) true)))
 (=> $x263 (= (* div!11 ?x260) ts_exp!2)))))
(assert
 (let ((?x175 (- (ite (> 0.0 x0_2) (- 0.0) 0.0))))
 (let ((?x265 (* ts_exp!2 ?x175)))
 (let ((?x266 (+ 0.0 ?x265)))
 (let ((?x260 (+ 1.0 ts_exp!2)))
 (let ((?x293 (* div!12 ?x260)))
 (let (($x263 (and (distinct ?x260 0.0) true)))
 (=> $x263 (= ?x293 (- ?x265 (* div!11 ?x266)))))))))))
(assert
 (let ((?x236 (+ 1.0 ts_exp!0)))
 (and (distinct ?x236 0.0) true)))
(assert
 (let ((?x236 (+ 1.0 ts_exp!0)))
 (and (distinct ?x236 0.0) true)))
(assert
 (let ((?x248 (+ 1.0 ts_exp!1)))
 (and (distinct ?x248 0.0) true)))
(assert
 (let ((?x248 (+ 1.0 ts_exp!1)))
 (and (distinct ?x248 0.0) true)))
(assert
 (let ((?x260 (+ 1.0 ts_exp!2)))
 (and (distinct ?x260 0.0) true)))
(assert
 (let ((?x260 (+ 1.0 ts_exp!2)))
 (and (distinct ?x260 0.0) true)))
(assert
 (let ((?x236 (+ 1.0 ts_exp!0)))
 (and (distinct ?x236 0.0) true)))
(assert
 (let ((?x236 (+ 1.0 ts_exp!0)))
 (and (distinct ?x236 0.0) true)))
(assert
 (let ((?x248 (+ 1.0 ts_exp!1)))
 (and (distinct ?x248 0.0) true)))
(assert
 (let ((?x248 (+ 1.0 ts_exp!1)))
 (and (distinct ?x248 0.0) true)))
(assert
 (let ((?x260 (+ 1.0 ts_exp!2)))
 (and (distinct ?x260 0.0) true)))
(assert
 (let ((?x260 (+ 1.0 ts_exp!2)))
 (and (distinct ?x260 0.0) true)))
(assert
 (and (distinct 0.0 x0_0) true))
(assert
 (and (distinct 0.0 x0_1) true))
(assert
 (and (distinct 0.0 x0_2) true))
(assert
 (and (distinct 0.0 x0_0) true))
(assert
 (and (distinct 0.0 x0_1) true))
(assert
 (and (distinct 0.0 x0_2) true))
(assert
 (let (($x43 (<= 0.0 x0_1)))
 (let ((?x129 (ite $x43 div!3 div!9)))
 (let ((?x143 (* w_1 (* ?x129 (- 1.0 ?x129)))))
 (let ((?x152 (+ (* w_0 (ite (<= 0.0 x0_0) div!2 div!8)) (* w_1 (ite $x43 div!4 div!10)) (* w_2 (ite (<= 0.0 x0_2) div!6 div!12)))))
 (let (($x194 (= ?x152 ?x143)))
 (not $x194)))))))
(assert
 (let (($x298 (= ts_exp!0 ts_exp!1)))
 (let ((?x32 (- (ite (> 0.0 x0_1) (- x0_1) x0_1))))
 (let ((?x30 (- (ite (> 0.0 x0_0) (- x0_0) x0_0))))
 (=> (and (= ?x30 ?x32)) $x298)))))
(assert
 (let (($x302 (= ts_exp!0 ts_exp!2)))
 (let ((?x34 (- (ite (> 0.0 x0_2) (- x0_2) x0_2))))
 (let ((?x30 (- (ite (> 0.0 x0_0) (- x0_0) x0_0))))
 (=> (and (= ?x30 ?x34)) $x302)))))
(assert
 (let (($x306 (= ts_exp!1 ts_exp!2)))
(let ((?x34 (- (ite (> 0.0 x0_2) (- x0_2) x0_2))))
(let ((?x32 (- (ite (> 0.0 x0_1) (- x0_1) x0_1))))
(=> (and (= ?x32 ?x34)) $x306)))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun ts_exp!0 () Real)
(declare-fun div!1 () Real)
(declare-fun x0_0 () Real)
(declare-fun div!2 () Real)
(declare-fun ts_exp!1 () Real)
(declare-fun div!3 () Real)
(declare-fun x0_1 () Real)
(declare-fun div!4 () Real)
(declare-fun ts_exp!2 () Real)
(declare-fun div!5 () Real)
(declare-fun x0_2 () Real)
(declare-fun div!6 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(declare-fun w_2 () Real)
(declare-fun w_1 () Real)
(declare-fun w_0 () Real)
(assert
 (let ((?x236 (+ 1.0 ts_exp!0)))
 (let (($x239 (and (distinct ?x236 0.0) true)))
 (=> $x239 (= 1.0 (* div!1 ?x236))))))
(assert
 (let ((?x196 (- (ite (> 0.0 x0_0) (- 0.0) 0.0))))
 (let ((?x309 (* ts_exp!0 ?x196)))
 (let ((?x310 (+ 0.0 ?x309)))
 (let ((?x236 (+ 1.0 ts_exp!0)))
 (let ((?x245 (* div!2 ?x236)))
 (let (($x239 (and (distinct ?x236 0.0) true)))
 (=> $x239 (= ?x245 (- 0.0 (* div!1 ?x310)))))))))))
(assert
 (let ((?x248 (+ 1.0 ts_exp!1)))
 (let (($x251 (and (distinct ?x248 0.0) true)))
 (=> $x251 (= 1.0 (* div!3 ?x248))))))
(assert
 (let ((?x167 (- (ite (> 0.0 x0_1) (- 0.0) 0.0))))
 (let ((?x253 (* ts_exp!1 ?x167)))
 (let ((?x254 (+ 0.0 ?x253)))
 (let ((?x248 (+ 1.0 ts_exp!1)))
 (let ((?x257 (* div!4 ?x248)))
 (let (($x251 (and (distinct ?x248 0.0) true)))
 (=> $x251 (= ?x257 (- 0.0 (* div!3 ?x254)))))))))))
(assert
 (let ((?x260 (+ 1.0 ts_exp!2)))
 (let (($x263 (and (distinct ?x260 0.0) true)))
 (=> $x263 (= 1.0 (* div!5 ?x260))))))
(assert
 (let ((?x221 (- (ite (> 0.0 x0_2) (- 1.0) 1.0))))
 (let ((?x330 (* ts_exp!2 ?x221)))
 (let ((?x331 (+ 0.0 ?x330)))
 (let ((?x260 (+ 1.0 ts_exp!2)))
 (let ((?x269 (* div!6 ?x260)))
 (let (($x263 (and (distinct ?x260 0.0) true)))
 (=> $x263 (= ?x269 (- 0.0 (* div!5 ?x331)))))))))))
(assert
 (let ((?x236 (+ 1.0 ts_exp!0)))
 (let (($x239 (and (distinct ?x236 0.0) true)))
 (=> $x239 (= (* div!7 ?x236) ts_exp!0)))))
(assert
 (let ((?x196 (- (ite (> 0.0 x0_0) (- 0.0) 0.0))))
 (let ((?x309 (* ts_exp!0 ?x196)))
 (let ((?x310 (+ 0.0 ?x309)))
 (let ((?x236 (+ 1.0 ts_exp!0)))
 (let ((?x277 (* div!8 ?x236)))
 (let (($x239 (and (distinct ?x236 0.0) true)))
 (=> $x239 (= ?x277 (- ?x309 (* div!7 ?x310)))))))))))
(assert
 (let ((?x248 (+ 1.0 ts_exp!1)))
 (let (($x251 (and (distinct ?x248 0.0) true)))
 (=> $x251 (= (* div!9 ?x248) ts_exp!1)))))
(assert
 (let ((?x167 (- (ite (> 0.0 x0_1) (- 0.0) 0.0))))
 (let ((?x253 (* ts_exp!1 ?x167)))
 (let ((?x254 (+ 0.0 ?x253)))
 (let ((?x248 (+ 1.0 ts_exp!1)))
 (let ((?x285 (* div!10 ?x248)))
 (let (($x251 (and (distinct ?x248 0.0) true)))
 (=> $x251 (= ?x285 (- ?x253 (* div!9 ?x254)))))))))))
(assert
 (let ((?x260 (+ 1.0 ts_exp!2)))
 (let (($x263 (and (distinct ?x260 0.0) true)))
 (=> $x263 (= (* div!11 ?x260) ts_exp!2)))))
(assert
 (let ((?x221 (- (ite (> 0.0 x0_2) (- 1.0) 1.0))))
 (let ((?x330 (* ts_exp!2 ?x221)))
 (let ((?x331 (+ 0.0 ?x330)))
 (let ((?x260 (+ 1.0 ts_exp!2)))
 (let ((?x293 (* div!12 ?x260)))
 (let (($x263 (and (distinct ?x260 0.0) true)))
 (=> $x263 (= ?x293 (- ?x330 (* div!11 ?x331)))))))))))
(assert
 (let ((?x236 (+ 1.0 ts_exp!0)))
 (and (distinct ?x236 0.0) true)))
(assert
 (let ((?x236 (+ 1.0 ts_exp!0)))
 (and (distinct ?x236 0.0) true)))
(assert
 (let ((?x248 (+ 1.0 ts_exp!1)))
 (and (distinct ?x248 0.0) true)))
(assert
 (let ((?x248 (+ 1.0 ts_exp!1)))
 (and (distinct ?x248 0.0) true)))
(assert
 (let ((?x260 (+ 1.0 ts_exp!2)))
 (and (distinct ?x260 0.0) true)))
(assert
 (let ((?x260 (+ 1.0 ts_exp!2)))
 (and (distinct ?x260 0.0) true)))
(assert
 (let ((?x236 (+ 1.0 ts_exp!0)))
 (and (distinct ?x236 0.0) true)))
(assert
 (let ((?x236 (+ 1.0 ts_exp!0)))
 (and (distinct ?x236 0.0) true)))
(assert
 (let ((?x248 (+ 1.0 ts_exp!1)))
 (and (distinct ?x248 0.0) true)))
(assert
 (let ((?x248 (+ 1.0 ts_exp!1)))
 (and (distinct ?x248 0.0) true)))
(assert
 (let ((?x260 (+ 1.0 ts_exp!2)))
 (and (distinct ?x260 0.0) true)))
(assert
 (let ((?x260 (+ 1.0 ts_exp!2)))
 (and (distinct ?x260 0.0) true)))
(assert
 (and (distinct 0.0 x0_0) true))
(assert
 (and (distinct 0.0 x0_1) true))
(assert
 (and (distinct 0.0 x0_2) true))
(assert
 (and (distinct 0.0 x0_0) true))
(assert
 (and (distinct 0.0 x0_1) true))
(assert
 (and (distinct 0.0 x0_2) true))
(assert
 (let (($x44 (<= 0.0 x0_2)))
 (let ((?x131 (ite $x44 div!5 div!11)))
 (let ((?x144 (* w_2 (* ?x131 (- 1.0 ?x131)))))
 (let ((?x152 (+ (* w_0 (ite (<= 0.0 x0_0) div!2 div!8)) (* w_1 (ite (<= 0.0 x0_1) div!4 div!10)) (* w_2 (ite $x44 div!6 div!12)))))
 (let (($x219 (= ?x152 ?x144)))
 (not $x219)))))))
(assert
 (let (($x298 (= ts_exp!0 ts_exp!1)))
 (let ((?x32 (- (ite (> 0.0 x0_1) (- x0_1) x0_1))))
 (let ((?x30 (- (ite (> 0.0 x0_0) (- x0_0) x0_0))))
 (=> (and (= ?x30 ?x32)) $x298)))))
(assert
 (let (($x302 (= ts_exp!0 ts_exp!2)))
 (let ((?x34 (- (ite (> 0.0 x0_2) (- x0_2) x0_2))))
 (let ((?x30 (- (ite (> 0.0 x0_0) (- x0_0) x0_0))))
 (=> (and (= ?x30 ?x34)) $x302)))))
(assert
 (let (($x306 (= ts_exp!1 ts_exp!2)))
(let ((?x34 (- (ite (> 0.0 x0_2) (- x0_2) x0_2))))
(let ((?x32 (- (ite (> 0.0 x0_1) (- x0_1) x0_1))))
(=> (and (= ?x32 ?x34)) $x306)))))
(check-sat)
