; torchsmt obligation batchnorm.interval_sound@1x1_1_1_1_1 (lemma, op batchnorm, interval_sound)
; l <= x <= u -> lo <= f(x) <= hi at shapes ((1, 1), (1,), (1,), (1,), (1,)) (on the op's domain)
(set-info :source |torchsmt lemma batchnorm.interval_sound@1x1_1_1_1_1 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun l0_0_0 () Real)
(declare-fun u0_0_0 () Real)
(declare-fun x1_0 () Real)
(declare-fun l1_0 () Real)
(declare-fun u1_0 () Real)
(declare-fun x2_0 () Real)
(declare-fun l2_0 () Real)
(declare-fun u2_0 () Real)
(declare-fun x3_0 () Real)
(declare-fun l3_0 () Real)
(declare-fun u3_0 () Real)
(declare-fun x4_0 () Real)
(declare-fun l4_0 () Real)
(declare-fun u4_0 () Real)
(declare-fun ts_sqrt!0 () Real)
(declare-fun div!1 () Real)
(declare-fun ts_sqrt!1 () Real)
(declare-fun ts_sqrt!2 () Real)
(declare-fun div!2 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun div!5 () Real)
(declare-fun +inf! () Real)
(declare-fun -inf! () Real)
(assert
 (<= l0_0_0 x0_0_0))
(assert
 (<= x0_0_0 u0_0_0))
(assert
 (<= l1_0 x1_0))
(assert
 (<= x1_0 u1_0))
(assert
 (<= l2_0 x2_0))
(assert
 (<= x2_0 u2_0))
(assert
 (<= l3_0 x3_0))
(assert
 (<= x3_0 u3_0))
(assert
 (<= l4_0 x4_0))
(assert
 (<= x4_0 u4_0))
(assert
 (let (($x164 (>= ts_sqrt!0 0.0)))
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (let (($x33 (>= ?x31 0.0)))
 (=> $x33 (and $x164 (= (* ts_sqrt!0 ts_sqrt!0) ?x31)))))))
(assert
 (let (($x169 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x169 (= (* div!1 ts_sqrt!0) x1_0))))
(assert
 (let (($x50 (>= 0.0 (+ l4_0 (/ 1.0 100000.0)))))
 (let ((?x54 (ite $x50 (ite (< 1.0 u4_0) u4_0 1.0) l4_0)))
 (let ((?x55 (+ ?x54 (/ 1.0 100000.0))))
 (let ((?x171 (* ts_sqrt!1 ts_sqrt!1)))
 (let (($x173 (>= ts_sqrt!1 0.0)))
 (let (($x56 (>= ?x55 0.0)))
 (=> $x56 (and $x173 (= ?x171 ?x55))))))))))
(assert
 (let (($x50 (>= 0.0 (+ l4_0 (/ 1.0 100000.0)))))
 (let ((?x54 (ite $x50 (ite (< 1.0 u4_0) u4_0 1.0) l4_0)))
 (let ((?x65 (+ (ite (> u4_0 ?x54) u4_0 ?x54) (/ 1.0 100000.0))))
 (let ((?x176 (* ts_sqrt!2 ts_sqrt!2)))
 (let (($x178 (>= ts_sqrt!2 0.0)))
 (let (($x66 (>= ?x65 0.0)))
 (=> $x66 (and $x178 (= ?x176 ?x65))))))))))
(assert
 (let (($x183 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x183 (= (* div!2 ts_sqrt!1) l1_0))))
(assert
 (let (($x187 (and (distinct ts_sqrt!2 0.0) true)))
 (=> $x187 (= (* div!3 ts_sqrt!2) l1_0))))
(assert
 (let (($x183 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x183 (= (* div!4 ts_sqrt!1) u1_0))))
(assert
 (let (($x187 (and (distinct ts_sqrt!2 0.0) true)))
 (=> $x187 (= (* div!5 ts_sqrt!2) u1_0))))
(assert
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (>= ?x31 0.0)))
(assert
 (and (distinct ts_sqrt!0 0.0) true))
(assert
 (let (($x50 (>= 0.0 (+ l4_0 (/ 1.0 100000.0)))))
 (let ((?x54 (ite $x50 (ite (< 1.0 u4_0) u4_0 1.0) l4_0)))
 (let ((?x55 (+ ?x54 (/ 1.0 100000.0))))
 (>= ?x55 0.0)))))
(assert
 (let (($x50 (>= 0.0 (+ l4_0 (/ 1.0 100000.0)))))
 (let ((?x54 (ite $x50 (ite (< 1.0 u4_0) u4_0 1.0) l4_0)))
 (let ((?x65 (+ (ite (> u4_0 ?x54) u4_0 ?x54) (/ 1.0 100000.0))))
 (>= ?x65 0.0)))))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (and (distinct ts_sqrt!2 0.0) true))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (and (distinct ts_sqrt!2 0.0) true))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (and (distinct ts_sqrt!2 0.0) true))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (and (distinct ts_sqrt!2 0.0) true))
(assert
 (let ((?x48 (+ (* (- x0_0_0 x3_0) div!1) x2_0)))
 (let ((?x107 (ite (> div!4 div!5) div!4 div!5)))
 (let ((?x105 (ite (> div!2 div!3) div!2 div!3)))
 (let ((?x109 (ite (> ?x105 ?x107) ?x105 ?x107)))
 (let ((?x112 (ite (and (distinct ?x109 ?x109) true) +inf! ?x109)))
 (let ((?x114 (- u0_0_0 l3_0)))
 (let ((?x130 (ite (or (= 0.0 ?x114) (= 0.0 ?x112)) 0.0 (* ?x114 ?x112))))
 (let ((?x98 (ite (< div!4 div!5) div!4 div!5)))
 (let ((?x86 (ite (< div!2 div!3) div!2 div!3)))
 (let ((?x100 (ite (< ?x86 ?x98) ?x86 ?x98)))
 (let ((?x103 (ite (and (distinct ?x100 ?x100) true) -inf! ?x100)))
 (let ((?x127 (ite (or (= 0.0 ?x114) (= 0.0 ?x103)) 0.0 (* ?x114 ?x103))))
 (let ((?x134 (ite (< ?x127 ?x130) ?x127 ?x130)))
 (let ((?x123 (ite (or (= 0.0 (- l0_0_0 u3_0)) (= 0.0 ?x112)) 0.0 (* (- l0_0_0 u3_0) ?x112))))
 (let ((?x119 (ite (or (= 0.0 (- l0_0_0 u3_0)) (= 0.0 ?x103)) 0.0 (* (- l0_0_0 u3_0) ?x103))))
 (let ((?x132 (ite (< ?x119 ?x123) ?x119 ?x123)))
 (let ((?x143 (+ (ite (< ?x132 ?x134) ?x132 ?x134) l2_0)))
 (let (($x50 (>= 0.0 (+ l4_0 (/ 1.0 100000.0)))))
 (let ((?x147 (ite $x50 -inf! (ite (and (distinct ?x143 ?x143) true) -inf! ?x143))))
 (let (($x153 (or (= ?x147 -inf!) (<= ?x147 ?x48))))
 (not $x153))))))))))))))))))))))
(assert
 (let (($x197 (= ts_sqrt!0 ts_sqrt!1)))
 (let (($x50 (>= 0.0 (+ l4_0 (/ 1.0 100000.0)))))
 (let ((?x54 (ite $x50 (ite (< 1.0 u4_0) u4_0 1.0) l4_0)))
 (let ((?x55 (+ ?x54 (/ 1.0 100000.0))))
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (=> (and (= ?x31 ?x55)) $x197)))))))
(assert
 (let (($x201 (= ts_sqrt!0 ts_sqrt!2)))
 (let (($x50 (>= 0.0 (+ l4_0 (/ 1.0 100000.0)))))
 (let ((?x54 (ite $x50 (ite (< 1.0 u4_0) u4_0 1.0) l4_0)))
 (let ((?x65 (+ (ite (> u4_0 ?x54) u4_0 ?x54) (/ 1.0 100000.0))))
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (=> (and (= ?x31 ?x65)) $x201)))))))
(assert
 (let (($x205 (= ts_sqrt!1 ts_sqrt!2)))
(let (($x50 (>= 0.0 (+ l4_0 (/ 1.0 100000.0)))))
(let ((?x54 (ite $x50 (ite (< 1.0 u4_0) u4_0 1.0) l4_0)))
(let ((?x65 (+ (ite (> u4_0 ?x54) u4_0 ?x54) (/ 1.0 100000.0))))
(let ((?x55 (+ ?x54 (/ 1.0 100000.0))))
(=> (and (= ?x55 ?x65)) $x205)))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun l0_0_0 () Real)
(declare-fun u0_0_0 () Real)
(declare-fun x1_0 () Real)
(declare-fun l1_0 () Real)
(declare-fun u1_0 () Real)
(declare-fun x2_0 () Real)
(declare-fun l2_0 () Real)
(declare-fun u2_0 () Real)
(declare-fun x3_0 () Real)
(declare-fun l3_0 () Real)
(declare-fun u3_0 () Real)
(declare-fun x4_0 () Real)
(declare-fun l4_0 () Real)
(declare-fun u4_0 () Real)
(declare-fun ts_sqrt!0 () Real)
(declare-fun div!1 () Real)
(declare-fun ts_sqrt!1 () Real)
(declare-fun ts_sqrt!2 () Real)
(declare-fun div!2 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun div!5 () Real)
(declare-fun +inf! () Real)
(declare-fun -inf! () Real)
(assert
 (<= l0_0_0 x0_0_0))
(assert
 (<= x0_0_0 u0_0_0))
(assert
 (<= l1_0 x1_0))
(assert
 (<= x1_0 u1_0))
(assert
 (<= l2_0 x2_0))
(assert
 (<= x2_0 u2_0))
(assert
 (<= l3_0 x3_0))
(assert
 (<= x3_0 u3_0))
(assert
 (<= l4_0 x4_0))
(assert
 (<= x4_0 u4_0))
(assert
 (let (($x164 (>= ts_sqrt!0 0.0)))
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (let (($x33 (>= ?x31 0.0)))
 (=> $x33 (and $x164 (= (* ts_sqrt!0 ts_sqrt!0) ?x31)))))))
(assert
 (let (($x169 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x169 (= (* div!1 ts_sqrt!0) x1_0))))
(assert
 (let (($x50 (>= 0.0 (+ l4_0 (/ 1.0 100000.0)))))
 (let ((?x54 (ite $x50 (ite (< 1.0 u4_0) u4_0 1.0) l4_0)))
 (let ((?x55 (+ ?x54 (/ 1.0 100000.0))))
 (let ((?x171 (* ts_sqrt!1 ts_sqrt!1)))
 (let (($x173 (>= ts_sqrt!1 0.0)))
 (let (($x56 (>= ?x55 0.0)))
 (=> $x56 (and $x173 (= ?x171 ?x55))))))))))
(assert
 (let (($x50 (>= 0.0 (+ l4_0 (/ 1.0 100000.0)))))
 (let ((?x54 (ite $x50 (ite (< 1.0 u4_0) u4_0 1.0) l4_0)))
 (let ((?x65 (+ (ite (> u4_0 ?x54) u4_0 ?x54) (/ 1.0 100000.0))))
 (let ((?x176 (* ts_sqrt!2 ts_sqrt!2)))
 (let (($x178 (>= ts_sqrt!2 0.0)))
 (let (($x66 (>= ?x65 0.0)))
 (=> $x66 (and $x178 (= ?x176 ?x65))))))))))
(assert
 (let (($x183 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x183 (= (* div!2 ts_sqrt!1) l1_0))))
(assert
 (let (($x187 (and (distinct ts_sqrt!2 0.0) true)))
 (=> $x187 (= (* div!3 ts_sqrt!2) l1_0))))
(assert
 (let (($x183 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x183 (= (* div!4 ts_sqrt!1) u1_0))))
(assert
 (let (($x187 (and (distinct ts_sqrt!2 0.0) true)))
 (=> $x187 (= (* div!5 ts_sqrt!2) u1_0))))
(assert
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (>= ?x31 0.0)))
(assert
 (and (distinct ts_sqrt!0 0.0) true))
(assert
 (let (($x50 (>= 0.0 (+ l4_0 (/ 1.0 100000.0)))))
 (let ((?x54 (ite $x50 (ite (< 1.0 u4_0) u4_0 1.0) l4_0)))
 (let ((?x55 (+ ?x54 (/ 1.0 100000.0))))
 (>= ?x55 0.0)))))
(assert
 (let (($x50 (>= 0.0 (+ l4_0 (/ 1.0 100000.0)))))
 (let ((?x54 (ite $x50 (ite (< 1.0 u4_0) u4_0 1.0) l4_0)))
 (let ((?x65 (+ (ite (> u4_0 ?x54) u4_0 ?x54) (/ 1.0 100000.0))))
 (>= ?x65 0.0)))))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (and (distinct ts_sqrt!2 0.0) true))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (and (distinct ts_sqrt!2 0.0) true))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (and (distinct ts_sqrt!2 0.0) true))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (and (distinct ts_sqrt!2 0.0) true))
(assert
 (let ((?x107 (ite (> div!4 div!5) div!4 div!5)))
 (let ((?x105 (ite (> div!2 div!3) div!2 div!3)))
 (let ((?x109 (ite (> ?x105 ?x107) ?x105 ?x107)))
 (let ((?x112 (ite (and (distinct ?x109 ?x109) true) +inf! ?x109)))
 (let ((?x114 (- u0_0_0 l3_0)))
 (let ((?x130 (ite (or (= 0.0 ?x114) (= 0.0 ?x112)) 0.0 (* ?x114 ?x112))))
 (let ((?x98 (ite (< div!4 div!5) div!4 div!5)))
 (let ((?x86 (ite (< div!2 div!3) div!2 div!3)))
 (let ((?x100 (ite (< ?x86 ?x98) ?x86 ?x98)))
 (let ((?x103 (ite (and (distinct ?x100 ?x100) true) -inf! ?x100)))
 (let ((?x127 (ite (or (= 0.0 ?x114) (= 0.0 ?x103)) 0.0 (* ?x114 ?x103))))
 (let ((?x140 (ite (> ?x127 ?x130) ?x127 ?x130)))
 (let ((?x123 (ite (or (= 0.0 (- l0_0_0 u3_0)) (= 0.0 ?x112)) 0.0 (* (- l0_0_0 u3_0) ?x112))))
 (let ((?x119 (ite (or (= 0.0 (- l0_0_0 u3_0)) (= 0.0 ?x103)) 0.0 (* (- l0_0_0 u3_0) ?x103))))
 (let ((?x138 (ite (> ?x119 ?x123) ?x119 ?x123)))
 (let ((?x144 (+ (ite (> ?x138 ?x140) ?x138 ?x140) u2_0)))
 (let (($x50 (>= 0.0 (+ l4_0 (/ 1.0 100000.0)))))
 (let ((?x150 (ite $x50 +inf! (ite (and (distinct ?x144 ?x144) true) +inf! ?x144))))
 (let ((?x48 (+ (* (- x0_0_0 x3_0) div!1) x2_0)))
 (let (($x156 (or (= ?x150 +inf!) (<= ?x48 ?x150))))
 (not $x156))))))))))))))))))))))
(assert
 (let (($x197 (= ts_sqrt!0 ts_sqrt!1)))
 (let (($x50 (>= 0.0 (+ l4_0 (/ 1.0 100000.0)))))
 (let ((?x54 (ite $x50 (ite (< 1.0 u4_0) u4_0 1.0) l4_0)))
 (let ((?x55 (+ ?x54 (/ 1.0 100000.0))))
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (=> (and (= ?x31 ?x55)) $x197)))))))
(assert
 (let (($x201 (= ts_sqrt!0 ts_sqrt!2)))
 (let (($x50 (>= 0.0 (+ l4_0 (/ 1.0 100000.0)))))
 (let ((?x54 (ite $x50 (ite (< 1.0 u4_0) u4_0 1.0) l4_0)))
 (let ((?x65 (+ (ite (> u4_0 ?x54) u4_0 ?x54) (/ 1.0 100000.0))))
 (let ((?x31 (+ x4_0 (/ 1.0 100000.0))))
 (=> (and (= ?x31 ?x65)) $x201)))))))
(assert
 (let (($x205 (= ts_sqrt!1 ts_sqrt!2)))
(let (($x50 (>= 0.0 (+ l4_0 (/ 1.0 100000.0)))))
(let ((?x54 (ite $x50 (ite (< 1.0 u4_0) u4_0 1.0) l4_0)))
(let ((?x65 (+ (ite (> u4_0 ?x54) u4_0 ?x54) (/ 1.0 100000.0))))
(let ((?x55 (+ ?x54 (/ 1.0 100000.0))))
(=> (and (= ?x55 ?x65)) $x205)))))))
(check-sat)
