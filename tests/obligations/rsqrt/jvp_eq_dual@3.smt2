; torchsmt obligation rsqrt.jvp_eq_dual@3 (lemma, op rsqrt, jvp_eq_dual)
; the jvp rule equals the dual-number J v at shapes ((3,),), off kinks
(set-info :source |torchsmt lemma rsqrt.jvp_eq_dual@3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun ts_sqrt!0 () Real)
(declare-fun v0_0 () Real)
(declare-fun div!1 () Real)
(declare-fun x0_1 () Real)
(declare-fun ts_sqrt!1 () Real)
(declare-fun v0_1 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_2 () Real)
(declare-fun ts_sqrt!2 () Real)
(declare-fun v0_2 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun div!9 () Real)
(assert
 (let (($x124 (>= ts_sqrt!0 0.0)))
 (let ((?x12 (+ x0_0 0.0)))
 (let (($x18 (>= ?x12 0.0)))
 (=> $x18 (and $x124 (= (* ts_sqrt!0 ts_sqrt!0) ?x12)))))))
(assert
 (let ((?x127 (* 2.0 ts_sqrt!0)))
 (let (($x130 (and (distinct ?x127 0.0) true)))
 (=> $x130 (= (* div!1 ?x127) (+ v0_0 0.0))))))
(assert
 (let (($x134 (>= ts_sqrt!1 0.0)))
 (let ((?x14 (+ x0_1 0.0)))
 (let (($x33 (>= ?x14 0.0)))
 (=> $x33 (and $x134 (= (* ts_sqrt!1 ts_sqrt!1) ?x14)))))))
(assert
 (let ((?x137 (* 2.0 ts_sqrt!1)))
 (let (($x140 (and (distinct ?x137 0.0) true)))
 (=> $x140 (= (* div!2 ?x137) (+ v0_1 0.0))))))
(assert
 (let (($x144 (>= ts_sqrt!2 0.0)))
 (let ((?x16 (+ x0_2 0.0)))
 (let (($x47 (>= ?x16 0.0)))
 (=> $x47 (and $x144 (= (* ts_sqrt!2 ts_sqrt!2) ?x16)))))))
(assert
 (let ((?x147 (* 2.0 ts_sqrt!2)))
 (let (($x150 (and (distinct ?x147 0.0) true)))
 (=> $x150 (= (* div!3 ?x147) (+ v0_2 0.0))))))
(assert
 (let (($x154 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x154 (= 1.0 (* div!4 ts_sqrt!0)))))
(assert
 (let (($x154 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x154 (= (* div!5 ts_sqrt!0) (- 0.0 (* div!4 div!1))))))
(assert
 (let (($x161 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x161 (= 1.0 (* div!6 ts_sqrt!1)))))
(assert
 (let (($x161 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x161 (= (* div!7 ts_sqrt!1) (- 0.0 (* div!6 div!2))))))
(assert
 (let (($x168 (and (distinct ts_sqrt!2 0.0) true)))
 (=> $x168 (= 1.0 (* div!8 ts_sqrt!2)))))
(assert
 (let (($x168 (and (distinct ts_sqrt!2 0.0) true)))
 (=> $x168 (= (* div!9 ts_sqrt!2) (- 0.0 (* div!8 div!3))))))
(assert
 (let ((?x12 (+ x0_0 0.0)))
 (>= ?x12 0.0)))
(assert
 (let ((?x127 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x127 0.0) true)))
(assert
 (let ((?x14 (+ x0_1 0.0)))
 (>= ?x14 0.0)))
(assert
 (let ((?x137 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x137 0.0) true)))
(assert
 (let ((?x16 (+ x0_2 0.0)))
 (>= ?x16 0.0)))
(assert
 (let ((?x147 (* 2.0 ts_sqrt!2)))
 (and (distinct ?x147 0.0) true)))
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
 (let (($x114 (= (* v0_0 (* (- (/ 1.0 2.0)) (* div!4 (* div!4 div!4)))) div!5)))
 (not $x114)))
(assert
 (let (($x175 (= ts_sqrt!0 ts_sqrt!1)))
 (=> (and (= (+ x0_0 0.0) (+ x0_1 0.0))) $x175)))
(assert
 (let (($x179 (= ts_sqrt!0 ts_sqrt!2)))
 (=> (and (= (+ x0_0 0.0) (+ x0_2 0.0))) $x179)))
(assert
 (let (($x183 (= ts_sqrt!1 ts_sqrt!2)))
(=> (and (= (+ x0_1 0.0) (+ x0_2 0.0))) $x183)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun ts_sqrt!0 () Real)
(declare-fun v0_0 () Real)
(declare-fun div!1 () Real)
(declare-fun x0_1 () Real)
(declare-fun ts_sqrt!1 () Real)
(declare-fun v0_1 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_2 () Real)
(declare-fun ts_sqrt!2 () Real)
(declare-fun v0_2 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun div!9 () Real)
(assert
 (let (($x124 (>= ts_sqrt!0 0.0)))
 (let ((?x12 (+ x0_0 0.0)))
 (let (($x18 (>= ?x12 0.0)))
 (=> $x18 (and $x124 (= (* ts_sqrt!0 ts_sqrt!0) ?x12)))))))
(assert
 (let ((?x127 (* 2.0 ts_sqrt!0)))
 (let (($x130 (and (distinct ?x127 0.0) true)))
 (=> $x130 (= (* div!1 ?x127) (+ v0_0 0.0))))))
(assert
 (let (($x134 (>= ts_sqrt!1 0.0)))
 (let ((?x14 (+ x0_1 0.0)))
 (let (($x33 (>= ?x14 0.0)))
 (=> $x33 (and $x134 (= (* ts_sqrt!1 ts_sqrt!1) ?x14)))))))
(assert
 (let ((?x137 (* 2.0 ts_sqrt!1)))
 (let (($x140 (and (distinct ?x137 0.0) true)))
 (=> $x140 (= (* div!2 ?x137) (+ v0_1 0.0))))))
(assert
 (let (($x144 (>= ts_sqrt!2 0.0)))
 (let ((?x16 (+ x0_2 0.0)))
 (let (($x47 (>= ?x16 0.0)))
 (=> $x47 (and $x144 (= (* ts_sqrt!2 ts_sqrt!2) ?x16)))))))
(assert
 (let ((?x147 (* 2.0 ts_sqrt!2)))
 (let (($x150 (and (distinct ?x147 0.0) true)))
 (=> $x150 (= (* div!3 ?x147) (+ v0_2 0.0))))))
(assert
 (let (($x154 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x154 (= 1.0 (* div!4 ts_sqrt!0)))))
(assert
 (let (($x154 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x154 (= (* div!5 ts_sqrt!0) (- 0.0 (* div!4 div!1))))))
(assert
 (let (($x161 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x161 (= 1.0 (* div!6 ts_sqrt!1)))))
(assert
 (let (($x161 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x161 (= (* div!7 ts_sqrt!1) (- 0.0 (* div!6 div!2))))))
(assert
 (let (($x168 (and (distinct ts_sqrt!2 0.0) true)))
 (=> $x168 (= 1.0 (* div!8 ts_sqrt!2)))))
(assert
 (let (($x168 (and (distinct ts_sqrt!2 0.0) true)))
 (=> $x168 (= (* div!9 ts_sqrt!2) (- 0.0 (* div!8 div!3))))))
(assert
 (let ((?x12 (+ x0_0 0.0)))
 (>= ?x12 0.0)))
(assert
 (let ((?x127 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x127 0.0) true)))
(assert
 (let ((?x14 (+ x0_1 0.0)))
 (>= ?x14 0.0)))
(assert
 (let ((?x137 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x137 0.0) true)))
(assert
 (let ((?x16 (+ x0_2 0.0)))
 (>= ?x16 0.0)))
(assert
 (let ((?x147 (* 2.0 ts_sqrt!2)))
 (and (distinct ?x147 0.0) true)))
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
 (let (($x115 (= (* v0_1 (* (- (/ 1.0 2.0)) (* div!6 (* div!6 div!6)))) div!7)))
 (not $x115)))
(assert
 (let (($x175 (= ts_sqrt!0 ts_sqrt!1)))
 (=> (and (= (+ x0_0 0.0) (+ x0_1 0.0))) $x175)))
(assert
 (let (($x179 (= ts_sqrt!0 ts_sqrt!2)))
 (=> (and (= (+ x0_0 0.0) (+ x0_2 0.0))) $x179)))
(assert
 (let (($x183 (= ts_sqrt!1 ts_sqrt!2)))
(=> (and (= (+ x0_1 0.0) (+ x0_2 0.0))) $x183)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun ts_sqrt!0 () Real)
(declare-fun v0_0 () Real)
(declare-fun div!1 () Real)
(declare-fun x0_1 () Real)
(declare-fun ts_sqrt!1 () Real)
(declare-fun v0_1 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_2 () Real)
(declare-fun ts_sqrt!2 () Real)
(declare-fun v0_2 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun div!9 () Real)
(assert
 (let (($x124 (>= ts_sqrt!0 0.0)))
 (let ((?x12 (+ x0_0 0.0)))
 (let (($x18 (>= ?x12 0.0)))
 (=> $x18 (and $x124 (= (* ts_sqrt!0 ts_sqrt!0) ?x12)))))))
(assert
 (let ((?x127 (* 2.0 ts_sqrt!0)))
 (let (($x130 (and (distinct ?x127 0.0) true)))
 (=> $x130 (= (* div!1 ?x127) (+ v0_0 0.0))))))
(assert
 (let (($x134 (>= ts_sqrt!1 0.0)))
 (let ((?x14 (+ x0_1 0.0)))
 (let (($x33 (>= ?x14 0.0)))
 (=> $x33 (and $x134 (= (* ts_sqrt!1 ts_sqrt!1) ?x14)))))))
(assert
 (let ((?x137 (* 2.0 ts_sqrt!1)))
 (let (($x140 (and (distinct ?x137 0.0) true)))
 (=> $x140 (= (* div!2 ?x137) (+ v0_1 0.0))))))
(assert
 (let (($x144 (>= ts_sqrt!2 0.0)))
 (let ((?x16 (+ x0_2 0.0)))
 (let (($x47 (>= ?x16 0.0)))
 (=> $x47 (and $x144 (= (* ts_sqrt!2 ts_sqrt!2) ?x16)))))))
(assert
 (let ((?x147 (* 2.0 ts_sqrt!2)))
 (let (($x150 (and (distinct ?x147 0.0) true)))
 (=> $x150 (= (* div!3 ?x147) (+ v0_2 0.0))))))
(assert
 (let (($x154 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x154 (= 1.0 (* div!4 ts_sqrt!0)))))
(assert
 (let (($x154 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x154 (= (* div!5 ts_sqrt!0) (- 0.0 (* div!4 div!1))))))
(assert
 (let (($x161 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x161 (= 1.0 (* div!6 ts_sqrt!1)))))
(assert
 (let (($x161 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x161 (= (* div!7 ts_sqrt!1) (- 0.0 (* div!6 div!2))))))
(assert
 (let (($x168 (and (distinct ts_sqrt!2 0.0) true)))
 (=> $x168 (= 1.0 (* div!8 ts_sqrt!2)))))
(assert
 (let (($x168 (and (distinct ts_sqrt!2 0.0) true)))
 (=> $x168 (= (* div!9 ts_sqrt!2) (- 0.0 (* div!8 div!3))))))
(assert
 (let ((?x12 (+ x0_0 0.0)))
 (>= ?x12 0.0)))
(assert
 (let ((?x127 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x127 0.0) true)))
(assert
 (let ((?x14 (+ x0_1 0.0)))
 (>= ?x14 0.0)))
(assert
 (let ((?x137 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x137 0.0) true)))
(assert
 (let ((?x16 (+ x0_2 0.0)))
 (>= ?x16 0.0)))
(assert
 (let ((?x147 (* 2.0 ts_sqrt!2)))
 (and (distinct ?x147 0.0) true)))
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
 (let (($x116 (= (* v0_2 (* (- (/ 1.0 2.0)) (* div!8 (* div!8 div!8)))) div!9)))
 (not $x116)))
(assert
 (let (($x175 (= ts_sqrt!0 ts_sqrt!1)))
 (=> (and (= (+ x0_0 0.0) (+ x0_1 0.0))) $x175)))
(assert
 (let (($x179 (= ts_sqrt!0 ts_sqrt!2)))
 (=> (and (= (+ x0_0 0.0) (+ x0_2 0.0))) $x179)))
(assert
 (let (($x183 (= ts_sqrt!1 ts_sqrt!2)))
(=> (and (= (+ x0_1 0.0) (+ x0_2 0.0))) $x183)))
(check-sat)
