; torchsmt obligation tanh.interval_sound@3 (lemma, op tanh, interval_sound)
; l <= x <= u -> lo <= f(x) <= hi at shapes ((3,),) (on the op's domain)
(set-info :source |torchsmt lemma tanh.interval_sound@3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun l0_0 () Real)
(declare-fun u0_0 () Real)
(declare-fun x0_1 () Real)
(declare-fun l0_1 () Real)
(declare-fun u0_1 () Real)
(declare-fun x0_2 () Real)
(declare-fun l0_2 () Real)
(declare-fun u0_2 () Real)
(declare-fun ts_tanh!1 () Real)
(declare-fun ts_tanh!0 () Real)
(declare-fun ts_tanh!2 () Real)
(declare-fun ts_tanh!3 () Real)
(declare-fun -inf! () Real)
(declare-fun ts_tanh!4 () Real)
(declare-fun ts_tanh!5 () Real)
(declare-fun ts_tanh!6 () Real)
(declare-fun +inf! () Real)
(declare-fun ts_tanh!7 () Real)
(declare-fun ts_tanh!8 () Real)
(assert
 (<= l0_0 x0_0))
(assert
 (<= x0_0 u0_0))
(assert
 (<= l0_1 x0_1))
(assert
 (<= x0_1 u0_1))
(assert
 (<= l0_2 x0_2))
(assert
 (<= x0_2 u0_2))
(assert
 (let (($x61 (<= x0_0 x0_1)))
 (=> $x61 (<= ts_tanh!0 ts_tanh!1))))
(assert
 (let (($x64 (<= x0_0 x0_2)))
 (=> $x64 (<= ts_tanh!0 ts_tanh!2))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x67 (<= x0_0 ?x27)))
 (=> $x67 (<= ts_tanh!0 ts_tanh!3)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x70 (<= x0_0 ?x28)))
 (=> $x70 (<= ts_tanh!0 ts_tanh!4)))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x73 (<= x0_0 ?x29)))
 (=> $x73 (<= ts_tanh!0 ts_tanh!5)))))
(assert
 (let (($x349 (<= ts_tanh!0 ts_tanh!6)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x76 (<= x0_0 ?x34)))
 (=> $x76 $x349)))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x78 (<= x0_0 ?x35)))
 (=> $x78 (<= ts_tanh!0 ts_tanh!7)))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x81 (<= x0_0 ?x36)))
 (=> $x81 (<= ts_tanh!0 ts_tanh!8)))))
(assert
 (let (($x84 (<= x0_1 x0_0)))
 (=> $x84 (<= ts_tanh!1 ts_tanh!0))))
(assert
 (let (($x87 (<= x0_1 x0_2)))
 (=> $x87 (<= ts_tanh!1 ts_tanh!2))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x90 (<= x0_1 ?x27)))
 (=> $x90 (<= ts_tanh!1 ts_tanh!3)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x93 (<= x0_1 ?x28)))
 (=> $x93 (<= ts_tanh!1 ts_tanh!4)))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x96 (<= x0_1 ?x29)))
 (=> $x96 (<= ts_tanh!1 ts_tanh!5)))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x99 (<= x0_1 ?x34)))
 (=> $x99 (<= ts_tanh!1 ts_tanh!6)))))
(assert
 (let (($x367 (<= ts_tanh!1 ts_tanh!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x102 (<= x0_1 ?x35)))
 (=> $x102 $x367)))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x104 (<= x0_1 ?x36)))
 (=> $x104 (<= ts_tanh!1 ts_tanh!8)))))
(assert
 (let (($x107 (<= x0_2 x0_0)))
 (=> $x107 (<= ts_tanh!2 ts_tanh!0))))
(assert
 (let (($x110 (<= x0_2 x0_1)))
 (=> $x110 (<= ts_tanh!2 ts_tanh!1))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x113 (<= x0_2 ?x27)))
 (=> $x113 (<= ts_tanh!2 ts_tanh!3)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x116 (<= x0_2 ?x28)))
 (=> $x116 (<= ts_tanh!2 ts_tanh!4)))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x119 (<= x0_2 ?x29)))
 (=> $x119 (<= ts_tanh!2 ts_tanh!5)))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x122 (<= x0_2 ?x34)))
 (=> $x122 (<= ts_tanh!2 ts_tanh!6)))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x125 (<= x0_2 ?x35)))
 (=> $x125 (<= ts_tanh!2 ts_tanh!7)))))
(assert
 (let (($x385 (<= ts_tanh!2 ts_tanh!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x128 (<= x0_2 ?x36)))
 (=> $x128 $x385)))))
(assert
 (let (($x387 (<= ts_tanh!3 ts_tanh!0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x130 (<= ?x27 x0_0)))
 (=> $x130 $x387)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x132 (<= ?x27 x0_1)))
 (=> $x132 (<= ts_tanh!3 ts_tanh!1)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x135 (<= ?x27 x0_2)))
 (=> $x135 (<= ts_tanh!3 ts_tanh!2)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x138 (<= ?x27 ?x28)))
 (=> $x138 (<= ts_tanh!3 ts_tanh!4))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x141 (<= ?x27 ?x29)))
 (=> $x141 (<= ts_tanh!3 ts_tanh!5))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x144 (<= ?x27 ?x34)))
 (=> $x144 (<= ts_tanh!3 ts_tanh!6))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x147 (<= ?x27 ?x35)))
 (=> $x147 (<= ts_tanh!3 ts_tanh!7))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x150 (<= ?x27 ?x36)))
 (=> $x150 (<= ts_tanh!3 ts_tanh!8))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x153 (<= ?x28 x0_0)))
 (=> $x153 (<= ts_tanh!4 ts_tanh!0)))))
(assert
 (let (($x405 (<= ts_tanh!4 ts_tanh!1)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x156 (<= ?x28 x0_1)))
 (=> $x156 $x405)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x158 (<= ?x28 x0_2)))
 (=> $x158 (<= ts_tanh!4 ts_tanh!2)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x161 (<= ?x28 ?x27)))
 (=> $x161 (<= ts_tanh!4 ts_tanh!3))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x164 (<= ?x28 ?x29)))
 (=> $x164 (<= ts_tanh!4 ts_tanh!5))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x167 (<= ?x28 ?x34)))
 (=> $x167 (<= ts_tanh!4 ts_tanh!6))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x170 (<= ?x28 ?x35)))
 (=> $x170 (<= ts_tanh!4 ts_tanh!7))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x173 (<= ?x28 ?x36)))
 (=> $x173 (<= ts_tanh!4 ts_tanh!8))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x176 (<= ?x29 x0_0)))
 (=> $x176 (<= ts_tanh!5 ts_tanh!0)))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x179 (<= ?x29 x0_1)))
 (=> $x179 (<= ts_tanh!5 ts_tanh!1)))))
(assert
 (let (($x423 (<= ts_tanh!5 ts_tanh!2)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x182 (<= ?x29 x0_2)))
 (=> $x182 $x423)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x184 (<= ?x29 ?x27)))
 (=> $x184 (<= ts_tanh!5 ts_tanh!3))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x187 (<= ?x29 ?x28)))
 (=> $x187 (<= ts_tanh!5 ts_tanh!4))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x190 (<= ?x29 ?x34)))
 (=> $x190 (<= ts_tanh!5 ts_tanh!6))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x193 (<= ?x29 ?x35)))
 (=> $x193 (<= ts_tanh!5 ts_tanh!7))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x196 (<= ?x29 ?x36)))
 (=> $x196 (<= ts_tanh!5 ts_tanh!8))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x199 (<= ?x34 x0_0)))
 (=> $x199 (<= ts_tanh!6 ts_tanh!0)))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x202 (<= ?x34 x0_1)))
 (=> $x202 (<= ts_tanh!6 ts_tanh!1)))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x205 (<= ?x34 x0_2)))
 (=> $x205 (<= ts_tanh!6 ts_tanh!2)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x208 (<= ?x34 ?x27)))
 (=> $x208 (<= ts_tanh!6 ts_tanh!3))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x211 (<= ?x34 ?x28)))
 (=> $x211 (<= ts_tanh!6 ts_tanh!4))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x214 (<= ?x34 ?x29)))
 (=> $x214 (<= ts_tanh!6 ts_tanh!5))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x217 (<= ?x34 ?x35)))
 (=> $x217 (<= ts_tanh!6 ts_tanh!7))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x220 (<= ?x34 ?x36)))
 (=> $x220 (<= ts_tanh!6 ts_tanh!8))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x223 (<= ?x35 x0_0)))
 (=> $x223 (<= ts_tanh!7 ts_tanh!0)))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x226 (<= ?x35 x0_1)))
 (=> $x226 (<= ts_tanh!7 ts_tanh!1)))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x229 (<= ?x35 x0_2)))
 (=> $x229 (<= ts_tanh!7 ts_tanh!2)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x232 (<= ?x35 ?x27)))
 (=> $x232 (<= ts_tanh!7 ts_tanh!3))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x235 (<= ?x35 ?x28)))
 (=> $x235 (<= ts_tanh!7 ts_tanh!4))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x238 (<= ?x35 ?x29)))
 (=> $x238 (<= ts_tanh!7 ts_tanh!5))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x241 (<= ?x35 ?x34)))
 (=> $x241 (<= ts_tanh!7 ts_tanh!6))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x244 (<= ?x35 ?x36)))
 (=> $x244 (<= ts_tanh!7 ts_tanh!8))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x247 (<= ?x36 x0_0)))
 (=> $x247 (<= ts_tanh!8 ts_tanh!0)))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x250 (<= ?x36 x0_1)))
 (=> $x250 (<= ts_tanh!8 ts_tanh!1)))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x253 (<= ?x36 x0_2)))
 (=> $x253 (<= ts_tanh!8 ts_tanh!2)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x256 (<= ?x36 ?x27)))
 (=> $x256 (<= ts_tanh!8 ts_tanh!3))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x259 (<= ?x36 ?x28)))
 (=> $x259 (<= ts_tanh!8 ts_tanh!4))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x262 (<= ?x36 ?x29)))
 (=> $x262 (<= ts_tanh!8 ts_tanh!5))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x265 (<= ?x36 ?x34)))
 (=> $x265 (<= ts_tanh!8 ts_tanh!6))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x268 (<= ?x36 ?x35)))
 (=> $x268 (<= ts_tanh!8 ts_tanh!7))))))
(assert
 (and (> ts_tanh!0 (- 1.0)) (< ts_tanh!0 1.0)))
(assert
 (and (> ts_tanh!1 (- 1.0)) (< ts_tanh!1 1.0)))
(assert
 (and (> ts_tanh!2 (- 1.0)) (< ts_tanh!2 1.0)))
(assert
 (and (> ts_tanh!3 (- 1.0)) (< ts_tanh!3 1.0)))
(assert
 (and (> ts_tanh!4 (- 1.0)) (< ts_tanh!4 1.0)))
(assert
 (and (> ts_tanh!5 (- 1.0)) (< ts_tanh!5 1.0)))
(assert
 (and (> ts_tanh!6 (- 1.0)) (< ts_tanh!6 1.0)))
(assert
 (and (> ts_tanh!7 (- 1.0)) (< ts_tanh!7 1.0)))
(assert
 (and (> ts_tanh!8 (- 1.0)) (< ts_tanh!8 1.0)))
(assert
 (let (($x510 (= ts_tanh!0 0.0)))
 (let (($x301 (= x0_0 0.0)))
 (=> $x301 $x510))))
(assert
 (let (($x512 (= ts_tanh!1 0.0)))
 (let (($x304 (= x0_1 0.0)))
 (=> $x304 $x512))))
(assert
 (let (($x514 (= ts_tanh!2 0.0)))
 (let (($x307 (= x0_2 0.0)))
 (=> $x307 $x514))))
(assert
 (let (($x516 (= ts_tanh!3 0.0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x310 (= ?x27 0.0)))
 (=> $x310 $x516)))))
(assert
 (let (($x518 (= ts_tanh!4 0.0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x313 (= ?x28 0.0)))
 (=> $x313 $x518)))))
(assert
 (let (($x520 (= ts_tanh!5 0.0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x316 (= ?x29 0.0)))
 (=> $x316 $x520)))))
(assert
 (let (($x522 (= ts_tanh!6 0.0)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x319 (= ?x34 0.0)))
 (=> $x319 $x522)))))
(assert
 (let (($x524 (= ts_tanh!7 0.0)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x322 (= ?x35 0.0)))
 (=> $x322 $x524)))))
(assert
 (let (($x526 (= ts_tanh!8 0.0)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x325 (= ?x36 0.0)))
 (=> $x325 $x526)))))
(assert
 (not (or (= ts_tanh!3 -inf!) (<= ts_tanh!3 ts_tanh!0))))
(assert
 (let (($x533 (= ts_tanh!0 ts_tanh!1)))
 (=> (and (= x0_0 x0_1)) $x533)))
(assert
 (let (($x537 (= ts_tanh!0 ts_tanh!2)))
 (=> (and (= x0_0 x0_2)) $x537)))
(assert
 (let (($x541 (= ts_tanh!0 ts_tanh!3)))
 (=> (and (= x0_0 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0))) $x541)))
(assert
 (let (($x545 (= ts_tanh!0 ts_tanh!4)))
 (=> (and (= x0_0 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1))) $x545)))
(assert
 (let (($x549 (= ts_tanh!0 ts_tanh!5)))
 (=> (and (= x0_0 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2))) $x549)))
(assert
 (let (($x553 (= ts_tanh!0 ts_tanh!6)))
 (=> (and (= x0_0 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0))) $x553)))
(assert
 (let (($x557 (= ts_tanh!0 ts_tanh!7)))
 (=> (and (= x0_0 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1))) $x557)))
(assert
 (let (($x561 (= ts_tanh!0 ts_tanh!8)))
 (=> (and (= x0_0 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2))) $x561)))
(assert
 (let (($x565 (= ts_tanh!1 ts_tanh!2)))
 (=> (and (= x0_1 x0_2)) $x565)))
(assert
 (let (($x569 (= ts_tanh!1 ts_tanh!3)))
 (=> (and (= x0_1 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0))) $x569)))
(assert
 (let (($x573 (= ts_tanh!1 ts_tanh!4)))
 (=> (and (= x0_1 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1))) $x573)))
(assert
 (let (($x577 (= ts_tanh!1 ts_tanh!5)))
 (=> (and (= x0_1 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2))) $x577)))
(assert
 (let (($x581 (= ts_tanh!1 ts_tanh!6)))
 (=> (and (= x0_1 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0))) $x581)))
(assert
 (let (($x585 (= ts_tanh!1 ts_tanh!7)))
 (=> (and (= x0_1 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1))) $x585)))
(assert
 (let (($x589 (= ts_tanh!1 ts_tanh!8)))
 (=> (and (= x0_1 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2))) $x589)))
(assert
 (let (($x593 (= ts_tanh!2 ts_tanh!3)))
 (=> (and (= x0_2 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0))) $x593)))
(assert
 (let (($x597 (= ts_tanh!2 ts_tanh!4)))
 (=> (and (= x0_2 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1))) $x597)))
(assert
 (let (($x601 (= ts_tanh!2 ts_tanh!5)))
 (=> (and (= x0_2 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2))) $x601)))
(assert
 (let (($x605 (= ts_tanh!2 ts_tanh!6)))
 (=> (and (= x0_2 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0))) $x605)))
(assert
 (let (($x609 (= ts_tanh!2 ts_tanh!7)))
 (=> (and (= x0_2 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1))) $x609)))
(assert
 (let (($x613 (= ts_tanh!2 ts_tanh!8)))
 (=> (and (= x0_2 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2))) $x613)))
(assert
 (let (($x617 (= ts_tanh!3 ts_tanh!4)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x28)) $x617)))))
(assert
 (let (($x621 (= ts_tanh!3 ts_tanh!5)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x29)) $x621)))))
(assert
 (let (($x625 (= ts_tanh!3 ts_tanh!6)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x34)) $x625)))))
(assert
 (let (($x629 (= ts_tanh!3 ts_tanh!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x35)) $x629)))))
(assert
 (let (($x633 (= ts_tanh!3 ts_tanh!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x36)) $x633)))))
(assert
 (let (($x637 (= ts_tanh!4 ts_tanh!5)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (=> (and (= ?x28 ?x29)) $x637)))))
(assert
 (let (($x641 (= ts_tanh!4 ts_tanh!6)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (=> (and (= ?x28 ?x34)) $x641)))))
(assert
 (let (($x645 (= ts_tanh!4 ts_tanh!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (=> (and (= ?x28 ?x35)) $x645)))))
(assert
 (let (($x649 (= ts_tanh!4 ts_tanh!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (=> (and (= ?x28 ?x36)) $x649)))))
(assert
 (let (($x653 (= ts_tanh!5 ts_tanh!6)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (=> (and (= ?x29 ?x34)) $x653)))))
(assert
 (let (($x657 (= ts_tanh!5 ts_tanh!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (=> (and (= ?x29 ?x35)) $x657)))))
(assert
 (let (($x661 (= ts_tanh!5 ts_tanh!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (=> (and (= ?x29 ?x36)) $x661)))))
(assert
 (let (($x665 (= ts_tanh!6 ts_tanh!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (=> (and (= ?x34 ?x35)) $x665)))))
(assert
 (let (($x669 (= ts_tanh!6 ts_tanh!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (=> (and (= ?x34 ?x36)) $x669)))))
(assert
 (let (($x673 (= ts_tanh!7 ts_tanh!8)))
(let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
(let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
(=> (and (= ?x35 ?x36)) $x673)))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun l0_0 () Real)
(declare-fun u0_0 () Real)
(declare-fun x0_1 () Real)
(declare-fun l0_1 () Real)
(declare-fun u0_1 () Real)
(declare-fun x0_2 () Real)
(declare-fun l0_2 () Real)
(declare-fun u0_2 () Real)
(declare-fun ts_tanh!1 () Real)
(declare-fun ts_tanh!0 () Real)
(declare-fun ts_tanh!2 () Real)
(declare-fun ts_tanh!3 () Real)
(declare-fun -inf! () Real)
(declare-fun ts_tanh!4 () Real)
(declare-fun ts_tanh!5 () Real)
(declare-fun ts_tanh!6 () Real)
(declare-fun +inf! () Real)
(declare-fun ts_tanh!7 () Real)
(declare-fun ts_tanh!8 () Real)
(assert
 (<= l0_0 x0_0))
(assert
 (<= x0_0 u0_0))
(assert
 (<= l0_1 x0_1))
(assert
 (<= x0_1 u0_1))
(assert
 (<= l0_2 x0_2))
(assert
 (<= x0_2 u0_2))
(assert
 (let (($x61 (<= x0_0 x0_1)))
 (=> $x61 (<= ts_tanh!0 ts_tanh!1))))
(assert
 (let (($x64 (<= x0_0 x0_2)))
 (=> $x64 (<= ts_tanh!0 ts_tanh!2))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x67 (<= x0_0 ?x27)))
 (=> $x67 (<= ts_tanh!0 ts_tanh!3)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x70 (<= x0_0 ?x28)))
 (=> $x70 (<= ts_tanh!0 ts_tanh!4)))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x73 (<= x0_0 ?x29)))
 (=> $x73 (<= ts_tanh!0 ts_tanh!5)))))
(assert
 (let (($x349 (<= ts_tanh!0 ts_tanh!6)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x76 (<= x0_0 ?x34)))
 (=> $x76 $x349)))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x78 (<= x0_0 ?x35)))
 (=> $x78 (<= ts_tanh!0 ts_tanh!7)))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x81 (<= x0_0 ?x36)))
 (=> $x81 (<= ts_tanh!0 ts_tanh!8)))))
(assert
 (let (($x84 (<= x0_1 x0_0)))
 (=> $x84 (<= ts_tanh!1 ts_tanh!0))))
(assert
 (let (($x87 (<= x0_1 x0_2)))
 (=> $x87 (<= ts_tanh!1 ts_tanh!2))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x90 (<= x0_1 ?x27)))
 (=> $x90 (<= ts_tanh!1 ts_tanh!3)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x93 (<= x0_1 ?x28)))
 (=> $x93 (<= ts_tanh!1 ts_tanh!4)))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x96 (<= x0_1 ?x29)))
 (=> $x96 (<= ts_tanh!1 ts_tanh!5)))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x99 (<= x0_1 ?x34)))
 (=> $x99 (<= ts_tanh!1 ts_tanh!6)))))
(assert
 (let (($x367 (<= ts_tanh!1 ts_tanh!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x102 (<= x0_1 ?x35)))
 (=> $x102 $x367)))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x104 (<= x0_1 ?x36)))
 (=> $x104 (<= ts_tanh!1 ts_tanh!8)))))
(assert
 (let (($x107 (<= x0_2 x0_0)))
 (=> $x107 (<= ts_tanh!2 ts_tanh!0))))
(assert
 (let (($x110 (<= x0_2 x0_1)))
 (=> $x110 (<= ts_tanh!2 ts_tanh!1))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x113 (<= x0_2 ?x27)))
 (=> $x113 (<= ts_tanh!2 ts_tanh!3)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x116 (<= x0_2 ?x28)))
 (=> $x116 (<= ts_tanh!2 ts_tanh!4)))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x119 (<= x0_2 ?x29)))
 (=> $x119 (<= ts_tanh!2 ts_tanh!5)))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x122 (<= x0_2 ?x34)))
 (=> $x122 (<= ts_tanh!2 ts_tanh!6)))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x125 (<= x0_2 ?x35)))
 (=> $x125 (<= ts_tanh!2 ts_tanh!7)))))
(assert
 (let (($x385 (<= ts_tanh!2 ts_tanh!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x128 (<= x0_2 ?x36)))
 (=> $x128 $x385)))))
(assert
 (let (($x387 (<= ts_tanh!3 ts_tanh!0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x130 (<= ?x27 x0_0)))
 (=> $x130 $x387)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x132 (<= ?x27 x0_1)))
 (=> $x132 (<= ts_tanh!3 ts_tanh!1)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x135 (<= ?x27 x0_2)))
 (=> $x135 (<= ts_tanh!3 ts_tanh!2)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x138 (<= ?x27 ?x28)))
 (=> $x138 (<= ts_tanh!3 ts_tanh!4))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x141 (<= ?x27 ?x29)))
 (=> $x141 (<= ts_tanh!3 ts_tanh!5))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x144 (<= ?x27 ?x34)))
 (=> $x144 (<= ts_tanh!3 ts_tanh!6))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x147 (<= ?x27 ?x35)))
 (=> $x147 (<= ts_tanh!3 ts_tanh!7))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x150 (<= ?x27 ?x36)))
 (=> $x150 (<= ts_tanh!3 ts_tanh!8))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x153 (<= ?x28 x0_0)))
 (=> $x153 (<= ts_tanh!4 ts_tanh!0)))))
(assert
 (let (($x405 (<= ts_tanh!4 ts_tanh!1)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x156 (<= ?x28 x0_1)))
 (=> $x156 $x405)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x158 (<= ?x28 x0_2)))
 (=> $x158 (<= ts_tanh!4 ts_tanh!2)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x161 (<= ?x28 ?x27)))
 (=> $x161 (<= ts_tanh!4 ts_tanh!3))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x164 (<= ?x28 ?x29)))
 (=> $x164 (<= ts_tanh!4 ts_tanh!5))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x167 (<= ?x28 ?x34)))
 (=> $x167 (<= ts_tanh!4 ts_tanh!6))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x170 (<= ?x28 ?x35)))
 (=> $x170 (<= ts_tanh!4 ts_tanh!7))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x173 (<= ?x28 ?x36)))
 (=> $x173 (<= ts_tanh!4 ts_tanh!8))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x176 (<= ?x29 x0_0)))
 (=> $x176 (<= ts_tanh!5 ts_tanh!0)))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x179 (<= ?x29 x0_1)))
 (=> $x179 (<= ts_tanh!5 ts_tanh!1)))))
(assert
 (let (($x423 (<= ts_tanh!5 ts_tanh!2)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x182 (<= ?x29 x0_2)))
 (=> $x182 $x423)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x184 (<= ?x29 ?x27)))
 (=> $x184 (<= ts_tanh!5 ts_tanh!3))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x187 (<= ?x29 ?x28)))
 (=> $x187 (<= ts_tanh!5 ts_tanh!4))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x190 (<= ?x29 ?x34)))
 (=> $x190 (<= ts_tanh!5 ts_tanh!6))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x193 (<= ?x29 ?x35)))
 (=> $x193 (<= ts_tanh!5 ts_tanh!7))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x196 (<= ?x29 ?x36)))
 (=> $x196 (<= ts_tanh!5 ts_tanh!8))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x199 (<= ?x34 x0_0)))
 (=> $x199 (<= ts_tanh!6 ts_tanh!0)))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x202 (<= ?x34 x0_1)))
 (=> $x202 (<= ts_tanh!6 ts_tanh!1)))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x205 (<= ?x34 x0_2)))
 (=> $x205 (<= ts_tanh!6 ts_tanh!2)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x208 (<= ?x34 ?x27)))
 (=> $x208 (<= ts_tanh!6 ts_tanh!3))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x211 (<= ?x34 ?x28)))
 (=> $x211 (<= ts_tanh!6 ts_tanh!4))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x214 (<= ?x34 ?x29)))
 (=> $x214 (<= ts_tanh!6 ts_tanh!5))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x217 (<= ?x34 ?x35)))
 (=> $x217 (<= ts_tanh!6 ts_tanh!7))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x220 (<= ?x34 ?x36)))
 (=> $x220 (<= ts_tanh!6 ts_tanh!8))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x223 (<= ?x35 x0_0)))
 (=> $x223 (<= ts_tanh!7 ts_tanh!0)))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x226 (<= ?x35 x0_1)))
 (=> $x226 (<= ts_tanh!7 ts_tanh!1)))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x229 (<= ?x35 x0_2)))
 (=> $x229 (<= ts_tanh!7 ts_tanh!2)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x232 (<= ?x35 ?x27)))
 (=> $x232 (<= ts_tanh!7 ts_tanh!3))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x235 (<= ?x35 ?x28)))
 (=> $x235 (<= ts_tanh!7 ts_tanh!4))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x238 (<= ?x35 ?x29)))
 (=> $x238 (<= ts_tanh!7 ts_tanh!5))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x241 (<= ?x35 ?x34)))
 (=> $x241 (<= ts_tanh!7 ts_tanh!6))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x244 (<= ?x35 ?x36)))
 (=> $x244 (<= ts_tanh!7 ts_tanh!8))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x247 (<= ?x36 x0_0)))
 (=> $x247 (<= ts_tanh!8 ts_tanh!0)))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x250 (<= ?x36 x0_1)))
 (=> $x250 (<= ts_tanh!8 ts_tanh!1)))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x253 (<= ?x36 x0_2)))
 (=> $x253 (<= ts_tanh!8 ts_tanh!2)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x256 (<= ?x36 ?x27)))
 (=> $x256 (<= ts_tanh!8 ts_tanh!3))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x259 (<= ?x36 ?x28)))
 (=> $x259 (<= ts_tanh!8 ts_tanh!4))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x262 (<= ?x36 ?x29)))
 (=> $x262 (<= ts_tanh!8 ts_tanh!5))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x265 (<= ?x36 ?x34)))
 (=> $x265 (<= ts_tanh!8 ts_tanh!6))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x268 (<= ?x36 ?x35)))
 (=> $x268 (<= ts_tanh!8 ts_tanh!7))))))
(assert
 (and (> ts_tanh!0 (- 1.0)) (< ts_tanh!0 1.0)))
(assert
 (and (> ts_tanh!1 (- 1.0)) (< ts_tanh!1 1.0)))
(assert
 (and (> ts_tanh!2 (- 1.0)) (< ts_tanh!2 1.0)))
(assert
 (and (> ts_tanh!3 (- 1.0)) (< ts_tanh!3 1.0)))
(assert
 (and (> ts_tanh!4 (- 1.0)) (< ts_tanh!4 1.0)))
(assert
 (and (> ts_tanh!5 (- 1.0)) (< ts_tanh!5 1.0)))
(assert
 (and (> ts_tanh!6 (- 1.0)) (< ts_tanh!6 1.0)))
(assert
 (and (> ts_tanh!7 (- 1.0)) (< ts_tanh!7 1.0)))
(assert
 (and (> ts_tanh!8 (- 1.0)) (< ts_tanh!8 1.0)))
(assert
 (let (($x510 (= ts_tanh!0 0.0)))
 (let (($x301 (= x0_0 0.0)))
 (=> $x301 $x510))))
(assert
 (let (($x512 (= ts_tanh!1 0.0)))
 (let (($x304 (= x0_1 0.0)))
 (=> $x304 $x512))))
(assert
 (let (($x514 (= ts_tanh!2 0.0)))
 (let (($x307 (= x0_2 0.0)))
 (=> $x307 $x514))))
(assert
 (let (($x516 (= ts_tanh!3 0.0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x310 (= ?x27 0.0)))
 (=> $x310 $x516)))))
(assert
 (let (($x518 (= ts_tanh!4 0.0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x313 (= ?x28 0.0)))
 (=> $x313 $x518)))))
(assert
 (let (($x520 (= ts_tanh!5 0.0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x316 (= ?x29 0.0)))
 (=> $x316 $x520)))))
(assert
 (let (($x522 (= ts_tanh!6 0.0)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x319 (= ?x34 0.0)))
 (=> $x319 $x522)))))
(assert
 (let (($x524 (= ts_tanh!7 0.0)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x322 (= ?x35 0.0)))
 (=> $x322 $x524)))))
(assert
 (let (($x526 (= ts_tanh!8 0.0)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x325 (= ?x36 0.0)))
 (=> $x325 $x526)))))
(assert
 (not (or (= ts_tanh!6 +inf!) (<= ts_tanh!0 ts_tanh!6))))
(assert
 (let (($x533 (= ts_tanh!0 ts_tanh!1)))
 (=> (and (= x0_0 x0_1)) $x533)))
(assert
 (let (($x537 (= ts_tanh!0 ts_tanh!2)))
 (=> (and (= x0_0 x0_2)) $x537)))
(assert
 (let (($x541 (= ts_tanh!0 ts_tanh!3)))
 (=> (and (= x0_0 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0))) $x541)))
(assert
 (let (($x545 (= ts_tanh!0 ts_tanh!4)))
 (=> (and (= x0_0 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1))) $x545)))
(assert
 (let (($x549 (= ts_tanh!0 ts_tanh!5)))
 (=> (and (= x0_0 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2))) $x549)))
(assert
 (let (($x553 (= ts_tanh!0 ts_tanh!6)))
 (=> (and (= x0_0 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0))) $x553)))
(assert
 (let (($x557 (= ts_tanh!0 ts_tanh!7)))
 (=> (and (= x0_0 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1))) $x557)))
(assert
 (let (($x561 (= ts_tanh!0 ts_tanh!8)))
 (=> (and (= x0_0 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2))) $x561)))
(assert
 (let (($x565 (= ts_tanh!1 ts_tanh!2)))
 (=> (and (= x0_1 x0_2)) $x565)))
(assert
 (let (($x569 (= ts_tanh!1 ts_tanh!3)))
 (=> (and (= x0_1 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0))) $x569)))
(assert
 (let (($x573 (= ts_tanh!1 ts_tanh!4)))
 (=> (and (= x0_1 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1))) $x573)))
(assert
 (let (($x577 (= ts_tanh!1 ts_tanh!5)))
 (=> (and (= x0_1 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2))) $x577)))
(assert
 (let (($x581 (= ts_tanh!1 ts_tanh!6)))
 (=> (and (= x0_1 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0))) $x581)))
(assert
 (let (($x585 (= ts_tanh!1 ts_tanh!7)))
 (=> (and (= x0_1 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1))) $x585)))
(assert
 (let (($x589 (= ts_tanh!1 ts_tanh!8)))
 (=> (and (= x0_1 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2))) $x589)))
(assert
 (let (($x593 (= ts_tanh!2 ts_tanh!3)))
 (=> (and (= x0_2 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0))) $x593)))
(assert
 (let (($x597 (= ts_tanh!2 ts_tanh!4)))
 (=> (and (= x0_2 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1))) $x597)))
(assert
 (let (($x601 (= ts_tanh!2 ts_tanh!5)))
 (=> (and (= x0_2 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2))) $x601)))
(assert
 (let (($x605 (= ts_tanh!2 ts_tanh!6)))
 (=> (and (= x0_2 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0))) $x605)))
(assert
 (let (($x609 (= ts_tanh!2 ts_tanh!7)))
 (=> (and (= x0_2 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1))) $x609)))
(assert
 (let (($x613 (= ts_tanh!2 ts_tanh!8)))
 (=> (and (= x0_2 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2))) $x613)))
(assert
 (let (($x617 (= ts_tanh!3 ts_tanh!4)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x28)) $x617)))))
(assert
 (let (($x621 (= ts_tanh!3 ts_tanh!5)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x29)) $x621)))))
(assert
 (let (($x625 (= ts_tanh!3 ts_tanh!6)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x34)) $x625)))))
(assert
 (let (($x629 (= ts_tanh!3 ts_tanh!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x35)) $x629)))))
(assert
 (let (($x633 (= ts_tanh!3 ts_tanh!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x36)) $x633)))))
(assert
 (let (($x637 (= ts_tanh!4 ts_tanh!5)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (=> (and (= ?x28 ?x29)) $x637)))))
(assert
 (let (($x641 (= ts_tanh!4 ts_tanh!6)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (=> (and (= ?x28 ?x34)) $x641)))))
(assert
 (let (($x645 (= ts_tanh!4 ts_tanh!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (=> (and (= ?x28 ?x35)) $x645)))))
(assert
 (let (($x649 (= ts_tanh!4 ts_tanh!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (=> (and (= ?x28 ?x36)) $x649)))))
(assert
 (let (($x653 (= ts_tanh!5 ts_tanh!6)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (=> (and (= ?x29 ?x34)) $x653)))))
(assert
 (let (($x657 (= ts_tanh!5 ts_tanh!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (=> (and (= ?x29 ?x35)) $x657)))))
(assert
 (let (($x661 (= ts_tanh!5 ts_tanh!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (=> (and (= ?x29 ?x36)) $x661)))))
(assert
 (let (($x665 (= ts_tanh!6 ts_tanh!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (=> (and (= ?x34 ?x35)) $x665)))))
(assert
 (let (($x669 (= ts_tanh!6 ts_tanh!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (=> (and (= ?x34 ?x36)) $x669)))))
(assert
 (let (($x673 (= ts_tanh!7 ts_tanh!8)))
(let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
(let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
(=> (and (= ?x35 ?x36)) $x673)))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun l0_0 () Real)
(declare-fun u0_0 () Real)
(declare-fun x0_1 () Real)
(declare-fun l0_1 () Real)
(declare-fun u0_1 () Real)
(declare-fun x0_2 () Real)
(declare-fun l0_2 () Real)
(declare-fun u0_2 () Real)
(declare-fun ts_tanh!1 () Real)
(declare-fun ts_tanh!0 () Real)
(declare-fun ts_tanh!2 () Real)
(declare-fun ts_tanh!3 () Real)
(declare-fun -inf! () Real)
(declare-fun ts_tanh!4 () Real)
(declare-fun ts_tanh!5 () Real)
(declare-fun ts_tanh!6 () Real)
(declare-fun +inf! () Real)
(declare-fun ts_tanh!7 () Real)
(declare-fun ts_tanh!8 () Real)
(assert
 (<= l0_0 x0_0))
(assert
 (<= x0_0 u0_0))
(assert
 (<= l0_1 x0_1))
(assert
 (<= x0_1 u0_1))
(assert
 (<= l0_2 x0_2))
(assert
 (<= x0_2 u0_2))
(assert
 (let (($x61 (<= x0_0 x0_1)))
 (=> $x61 (<= ts_tanh!0 ts_tanh!1))))
(assert
 (let (($x64 (<= x0_0 x0_2)))
 (=> $x64 (<= ts_tanh!0 ts_tanh!2))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x67 (<= x0_0 ?x27)))
 (=> $x67 (<= ts_tanh!0 ts_tanh!3)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x70 (<= x0_0 ?x28)))
 (=> $x70 (<= ts_tanh!0 ts_tanh!4)))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x73 (<= x0_0 ?x29)))
 (=> $x73 (<= ts_tanh!0 ts_tanh!5)))))
(assert
 (let (($x349 (<= ts_tanh!0 ts_tanh!6)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x76 (<= x0_0 ?x34)))
 (=> $x76 $x349)))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x78 (<= x0_0 ?x35)))
 (=> $x78 (<= ts_tanh!0 ts_tanh!7)))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x81 (<= x0_0 ?x36)))
 (=> $x81 (<= ts_tanh!0 ts_tanh!8)))))
(assert
 (let (($x84 (<= x0_1 x0_0)))
 (=> $x84 (<= ts_tanh!1 ts_tanh!0))))
(assert
 (let (($x87 (<= x0_1 x0_2)))
 (=> $x87 (<= ts_tanh!1 ts_tanh!2))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x90 (<= x0_1 ?x27)))
 (=> $x90 (<= ts_tanh!1 ts_tanh!3)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x93 (<= x0_1 ?x28)))
 (=> $x93 (<= ts_tanh!1 ts_tanh!4)))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x96 (<= x0_1 ?x29)))
 (=> $x96 (<= ts_tanh!1 ts_tanh!5)))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x99 (<= x0_1 ?x34)))
 (=> $x99 (<= ts_tanh!1 ts_tanh!6)))))
(assert
 (let (($x367 (<= ts_tanh!1 ts_tanh!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x102 (<= x0_1 ?x35)))
 (=> $x102 $x367)))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x104 (<= x0_1 ?x36)))
 (=> $x104 (<= ts_tanh!1 ts_tanh!8)))))
(assert
 (let (($x107 (<= x0_2 x0_0)))
 (=> $x107 (<= ts_tanh!2 ts_tanh!0))))
(assert
 (let (($x110 (<= x0_2 x0_1)))
 (=> $x110 (<= ts_tanh!2 ts_tanh!1))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x113 (<= x0_2 ?x27)))
 (=> $x113 (<= ts_tanh!2 ts_tanh!3)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x116 (<= x0_2 ?x28)))
 (=> $x116 (<= ts_tanh!2 ts_tanh!4)))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x119 (<= x0_2 ?x29)))
 (=> $x119 (<= ts_tanh!2 ts_tanh!5)))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x122 (<= x0_2 ?x34)))
 (=> $x122 (<= ts_tanh!2 ts_tanh!6)))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x125 (<= x0_2 ?x35)))
 (=> $x125 (<= ts_tanh!2 ts_tanh!7)))))
(assert
 (let (($x385 (<= ts_tanh!2 ts_tanh!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x128 (<= x0_2 ?x36)))
 (=> $x128 $x385)))))
(assert
 (let (($x387 (<= ts_tanh!3 ts_tanh!0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x130 (<= ?x27 x0_0)))
 (=> $x130 $x387)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x132 (<= ?x27 x0_1)))
 (=> $x132 (<= ts_tanh!3 ts_tanh!1)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x135 (<= ?x27 x0_2)))
 (=> $x135 (<= ts_tanh!3 ts_tanh!2)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x138 (<= ?x27 ?x28)))
 (=> $x138 (<= ts_tanh!3 ts_tanh!4))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x141 (<= ?x27 ?x29)))
 (=> $x141 (<= ts_tanh!3 ts_tanh!5))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x144 (<= ?x27 ?x34)))
 (=> $x144 (<= ts_tanh!3 ts_tanh!6))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x147 (<= ?x27 ?x35)))
 (=> $x147 (<= ts_tanh!3 ts_tanh!7))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x150 (<= ?x27 ?x36)))
 (=> $x150 (<= ts_tanh!3 ts_tanh!8))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x153 (<= ?x28 x0_0)))
 (=> $x153 (<= ts_tanh!4 ts_tanh!0)))))
(assert
 (let (($x405 (<= ts_tanh!4 ts_tanh!1)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x156 (<= ?x28 x0_1)))
 (=> $x156 $x405)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x158 (<= ?x28 x0_2)))
 (=> $x158 (<= ts_tanh!4 ts_tanh!2)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x161 (<= ?x28 ?x27)))
 (=> $x161 (<= ts_tanh!4 ts_tanh!3))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x164 (<= ?x28 ?x29)))
 (=> $x164 (<= ts_tanh!4 ts_tanh!5))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x167 (<= ?x28 ?x34)))
 (=> $x167 (<= ts_tanh!4 ts_tanh!6))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x170 (<= ?x28 ?x35)))
 (=> $x170 (<= ts_tanh!4 ts_tanh!7))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x173 (<= ?x28 ?x36)))
 (=> $x173 (<= ts_tanh!4 ts_tanh!8))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x176 (<= ?x29 x0_0)))
 (=> $x176 (<= ts_tanh!5 ts_tanh!0)))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x179 (<= ?x29 x0_1)))
 (=> $x179 (<= ts_tanh!5 ts_tanh!1)))))
(assert
 (let (($x423 (<= ts_tanh!5 ts_tanh!2)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x182 (<= ?x29 x0_2)))
 (=> $x182 $x423)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x184 (<= ?x29 ?x27)))
 (=> $x184 (<= ts_tanh!5 ts_tanh!3))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x187 (<= ?x29 ?x28)))
 (=> $x187 (<= ts_tanh!5 ts_tanh!4))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x190 (<= ?x29 ?x34)))
 (=> $x190 (<= ts_tanh!5 ts_tanh!6))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x193 (<= ?x29 ?x35)))
 (=> $x193 (<= ts_tanh!5 ts_tanh!7))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x196 (<= ?x29 ?x36)))
 (=> $x196 (<= ts_tanh!5 ts_tanh!8))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x199 (<= ?x34 x0_0)))
 (=> $x199 (<= ts_tanh!6 ts_tanh!0)))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x202 (<= ?x34 x0_1)))
 (=> $x202 (<= ts_tanh!6 ts_tanh!1)))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x205 (<= ?x34 x0_2)))
 (=> $x205 (<= ts_tanh!6 ts_tanh!2)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x208 (<= ?x34 ?x27)))
 (=> $x208 (<= ts_tanh!6 ts_tanh!3))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x211 (<= ?x34 ?x28)))
 (=> $x211 (<= ts_tanh!6 ts_tanh!4))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x214 (<= ?x34 ?x29)))
 (=> $x214 (<= ts_tanh!6 ts_tanh!5))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x217 (<= ?x34 ?x35)))
 (=> $x217 (<= ts_tanh!6 ts_tanh!7))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x220 (<= ?x34 ?x36)))
 (=> $x220 (<= ts_tanh!6 ts_tanh!8))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x223 (<= ?x35 x0_0)))
 (=> $x223 (<= ts_tanh!7 ts_tanh!0)))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x226 (<= ?x35 x0_1)))
 (=> $x226 (<= ts_tanh!7 ts_tanh!1)))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x229 (<= ?x35 x0_2)))
 (=> $x229 (<= ts_tanh!7 ts_tanh!2)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x232 (<= ?x35 ?x27)))
 (=> $x232 (<= ts_tanh!7 ts_tanh!3))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x235 (<= ?x35 ?x28)))
 (=> $x235 (<= ts_tanh!7 ts_tanh!4))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x238 (<= ?x35 ?x29)))
 (=> $x238 (<= ts_tanh!7 ts_tanh!5))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x241 (<= ?x35 ?x34)))
 (=> $x241 (<= ts_tanh!7 ts_tanh!6))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x244 (<= ?x35 ?x36)))
 (=> $x244 (<= ts_tanh!7 ts_tanh!8))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x247 (<= ?x36 x0_0)))
 (=> $x247 (<= ts_tanh!8 ts_tanh!0)))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x250 (<= ?x36 x0_1)))
 (=> $x250 (<= ts_tanh!8 ts_tanh!1)))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x253 (<= ?x36 x0_2)))
 (=> $x253 (<= ts_tanh!8 ts_tanh!2)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x256 (<= ?x36 ?x27)))
 (=> $x256 (<= ts_tanh!8 ts_tanh!3))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x259 (<= ?x36 ?x28)))
 (=> $x259 (<= ts_tanh!8 ts_tanh!4))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x262 (<= ?x36 ?x29)))
 (=> $x262 (<= ts_tanh!8 ts_tanh!5))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x265 (<= ?x36 ?x34)))
 (=> $x265 (<= ts_tanh!8 ts_tanh!6))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x268 (<= ?x36 ?x35)))
 (=> $x268 (<= ts_tanh!8 ts_tanh!7))))))
(assert
 (and (> ts_tanh!0 (- 1.0)) (< ts_tanh!0 1.0)))
(assert
 (and (> ts_tanh!1 (- 1.0)) (< ts_tanh!1 1.0)))
(assert
 (and (> ts_tanh!2 (- 1.0)) (< ts_tanh!2 1.0)))
(assert
 (and (> ts_tanh!3 (- 1.0)) (< ts_tanh!3 1.0)))
(assert
 (and (> ts_tanh!4 (- 1.0)) (< ts_tanh!4 1.0)))
(assert
 (and (> ts_tanh!5 (- 1.0)) (< ts_tanh!5 1.0)))
(assert
 (and (> ts_tanh!6 (- 1.0)) (< ts_tanh!6 1.0)))
(assert
 (and (> ts_tanh!7 (- 1.0)) (< ts_tanh!7 1.0)))
(assert
 (and (> ts_tanh!8 (- 1.0)) (< ts_tanh!8 1.0)))
(assert
 (let (($x510 (= ts_tanh!0 0.0)))
 (let (($x301 (= x0_0 0.0)))
 (=> $x301 $x510))))
(assert
 (let (($x512 (= ts_tanh!1 0.0)))
 (let (($x304 (= x0_1 0.0)))
 (=> $x304 $x512))))
(assert
 (let (($x514 (= ts_tanh!2 0.0)))
 (let (($x307 (= x0_2 0.0)))
 (=> $x307 $x514))))
(assert
 (let (($x516 (= ts_tanh!3 0.0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x310 (= ?x27 0.0)))
 (=> $x310 $x516)))))
(assert
 (let (($x518 (= ts_tanh!4 0.0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x313 (= ?x28 0.0)))
 (=> $x313 $x518)))))
(assert
 (let (($x520 (= ts_tanh!5 0.0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x316 (= ?x29 0.0)))
 (=> $x316 $x520)))))
(assert
 (let (($x522 (= ts_tanh!6 0.0)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x319 (= ?x34 0.0)))
 (=> $x319 $x522)))))
(assert
 (let (($x524 (= ts_tanh!7 0.0)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x322 (= ?x35 0.0)))
 (=> $x322 $x524)))))
(assert
 (let (($x526 (= ts_tanh!8 0.0)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x325 (= ?x36 0.0)))
 (=> $x325 $x526)))))
(assert
 (not (or (= ts_tanh!4 -inf!) (<= ts_tanh!4 ts_tanh!1))))
(assert
 (let (($x533 (= ts_tanh!0 ts_tanh!1)))
 (=> (and (= x0_0 x0_1)) $x533)))
(assert
 (let (($x537 (= ts_tanh!0 ts_tanh!2)))
 (=> (and (= x0_0 x0_2)) $x537)))
(assert
 (let (($x541 (= ts_tanh!0 ts_tanh!3)))
 (=> (and (= x0_0 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0))) $x541)))
(assert
 (let (($x545 (= ts_tanh!0 ts_tanh!4)))
 (=> (and (= x0_0 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1))) $x545)))
(assert
 (let (($x549 (= ts_tanh!0 ts_tanh!5)))
 (=> (and (= x0_0 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2))) $x549)))
(assert
 (let (($x553 (= ts_tanh!0 ts_tanh!6)))
 (=> (and (= x0_0 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0))) $x553)))
(assert
 (let (($x557 (= ts_tanh!0 ts_tanh!7)))
 (=> (and (= x0_0 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1))) $x557)))
(assert
 (let (($x561 (= ts_tanh!0 ts_tanh!8)))
 (=> (and (= x0_0 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2))) $x561)))
(assert
 (let (($x565 (= ts_tanh!1 ts_tanh!2)))
 (=> (and (= x0_1 x0_2)) $x565)))
(assert
 (let (($x569 (= ts_tanh!1 ts_tanh!3)))
 (=> (and (= x0_1 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0))) $x569)))
(assert
 (let (($x573 (= ts_tanh!1 ts_tanh!4)))
 (=> (and (= x0_1 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1))) $x573)))
(assert
 (let (($x577 (= ts_tanh!1 ts_tanh!5)))
 (=> (and (= x0_1 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2))) $x577)))
(assert
 (let (($x581 (= ts_tanh!1 ts_tanh!6)))
 (=> (and (= x0_1 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0))) $x581)))
(assert
 (let (($x585 (= ts_tanh!1 ts_tanh!7)))
 (=> (and (= x0_1 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1))) $x585)))
(assert
 (let (($x589 (= ts_tanh!1 ts_tanh!8)))
 (=> (and (= x0_1 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2))) $x589)))
(assert
 (let (($x593 (= ts_tanh!2 ts_tanh!3)))
 (=> (and (= x0_2 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0))) $x593)))
(assert
 (let (($x597 (= ts_tanh!2 ts_tanh!4)))
 (=> (and (= x0_2 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1))) $x597)))
(assert
 (let (($x601 (= ts_tanh!2 ts_tanh!5)))
 (=> (and (= x0_2 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2))) $x601)))
(assert
 (let (($x605 (= ts_tanh!2 ts_tanh!6)))
 (=> (and (= x0_2 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0))) $x605)))
(assert
 (let (($x609 (= ts_tanh!2 ts_tanh!7)))
 (=> (and (= x0_2 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1))) $x609)))
(assert
 (let (($x613 (= ts_tanh!2 ts_tanh!8)))
 (=> (and (= x0_2 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2))) $x613)))
(assert
 (let (($x617 (= ts_tanh!3 ts_tanh!4)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x28)) $x617)))))
(assert
 (let (($x621 (= ts_tanh!3 ts_tanh!5)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x29)) $x621)))))
(assert
 (let (($x625 (= ts_tanh!3 ts_tanh!6)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x34)) $x625)))))
(assert
 (let (($x629 (= ts_tanh!3 ts_tanh!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x35)) $x629)))))
(assert
 (let (($x633 (= ts_tanh!3 ts_tanh!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x36)) $x633)))))
(assert
 (let (($x637 (= ts_tanh!4 ts_tanh!5)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (=> (and (= ?x28 ?x29)) $x637)))))
(assert
 (let (($x641 (= ts_tanh!4 ts_tanh!6)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (=> (and (= ?x28 ?x34)) $x641)))))
(assert
 (let (($x645 (= ts_tanh!4 ts_tanh!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (=> (and (= ?x28 ?x35)) $x645)))))
(assert
 (let (($x649 (= ts_tanh!4 ts_tanh!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (=> (and (= ?x28 ?x36)) $x649)))))
(assert
 (let (($x653 (= ts_tanh!5 ts_tanh!6)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (=> (and (= ?x29 ?x34)) $x653)))))
(assert
 (let (($x657 (= ts_tanh!5 ts_tanh!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (=> (and (= ?x29 ?x35)) $x657)))))
(assert
 (let (($x661 (= ts_tanh!5 ts_tanh!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (=> (and (= ?x29 ?x36)) $x661)))))
(assert
 (let (($x665 (= ts_tanh!6 ts_tanh!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (=> (and (= ?x34 ?x35)) $x665)))))
(assert
 (let (($x669 (= ts_tanh!6 ts_tanh!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (=> (and (= ?x34 ?x36)) $x669)))))
(assert
 (let (($x673 (= ts_tanh!7 ts_tanh!8)))
(let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
(let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
(=> (and (= ?x35 ?x36)) $x673)))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun l0_0 () Real)
(declare-fun u0_0 () Real)
(declare-fun x0_1 () Real)
(declare-fun l0_1 () Real)
(declare-fun u0_1 () Real)
(declare-fun x0_2 () Real)
(declare-fun l0_2 () Real)
(declare-fun u0_2 () Real)
(declare-fun ts_tanh!1 () Real)
(declare-fun ts_tanh!0 () Real)
(declare-fun ts_tanh!2 () Real)
(declare-fun ts_tanh!3 () Real)
(declare-fun -inf! () Real)
(declare-fun ts_tanh!4 () Real)
(declare-fun ts_tanh!5 () Real)
(declare-fun ts_tanh!6 () Real)
(declare-fun +inf! () Real)
(declare-fun ts_tanh!7 () Real)
(declare-fun ts_tanh!8 () Real)
(assert
 (<= l0_0 x0_0))
(assert
 (<= x0_0 u0_0))
(assert
 (<= l0_1 x0_1))
(assert
 (<= x0_1 u0_1))
(assert
 (<= l0_2 x0_2))
(assert
 (<= x0_2 u0_2))
(assert
 (let (($x61 (<= x0_0 x0_1)))
 (=> $x61 (<= ts_tanh!0 ts_tanh!1))))
(assert
 (let (($x64 (<= x0_0 x0_2)))
 (=> $x64 (<= ts_tanh!0 ts_tanh!2))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x67 (<= x0_0 ?x27)))
 (=> $x67 (<= ts_tanh!0 ts_tanh!3)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x70 (<= x0_0 ?x28)))
 (=> $x70 (<= ts_tanh!0 ts_tanh!4)))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x73 (<= x0_0 ?x29)))
 (=> $x73 (<= ts_tanh!0 ts_tanh!5)))))
(assert
 (let (($x349 (<= ts_tanh!0 ts_tanh!6)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x76 (<= x0_0 ?x34)))
 (=> $x76 $x349)))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x78 (<= x0_0 ?x35)))
 (=> $x78 (<= ts_tanh!0 ts_tanh!7)))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x81 (<= x0_0 ?x36)))
 (=> $x81 (<= ts_tanh!0 ts_tanh!8)))))
(assert
 (let (($x84 (<= x0_1 x0_0)))
 (=> $x84 (<= ts_tanh!1 ts_tanh!0))))
(assert
 (let (($x87 (<= x0_1 x0_2)))
 (=> $x87 (<= ts_tanh!1 ts_tanh!2))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x90 (<= x0_1 ?x27)))
 (=> $x90 (<= ts_tanh!1 ts_tanh!3)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x93 (<= x0_1 ?x28)))
 (=> $x93 (<= ts_tanh!1 ts_tanh!4)))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x96 (<= x0_1 ?x29)))
 (=> $x96 (<= ts_tanh!1 ts_tanh!5)))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x99 (<= x0_1 ?x34)))
 (=> $x99 (<= ts_tanh!1 ts_tanh!6)))))
(assert
 (let (($x367 (<= ts_tanh!1 ts_tanh!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x102 (<= x0_1 ?x35)))
 (=> $x102 $x367)))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x104 (<= x0_1 ?x36)))
 (=> $x104 (<= ts_tanh!1 ts_tanh!8)))))
(assert
 (let (($x107 (<= x0_2 x0_0)))
 (=> $x107 (<= ts_tanh!2 ts_tanh!0))))
(assert
 (let (($x110 (<= x0_2 x0_1)))
 (=> $x110 (<= ts_tanh!2 ts_tanh!1))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x113 (<= x0_2 ?x27)))
 (=> $x113 (<= ts_tanh!2 ts_tanh!3)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x116 (<= x0_2 ?x28)))
 (=> $x116 (<= ts_tanh!2 ts_tanh!4)))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x119 (<= x0_2 ?x29)))
 (=> $x119 (<= ts_tanh!2 ts_tanh!5)))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x122 (<= x0_2 ?x34)))
 (=> $x122 (<= ts_tanh!2 ts_tanh!6)))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x125 (<= x0_2 ?x35)))
 (=> $x125 (<= ts_tanh!2 ts_tanh!7)))))
(assert
 (let (($x385 (<= ts_tanh!2 ts_tanh!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x128 (<= x0_2 ?x36)))
 (=> $x128 $x385)))))
(assert
 (let (($x387 (<= ts_tanh!3 ts_tanh!0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x130 (<= ?x27 x0_0)))
 (=> $x130 $x387)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x132 (<= ?x27 x0_1)))
 (=> $x132 (<= ts_tanh!3 ts_tanh!1)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x135 (<= ?x27 x0_2)))
 (=> $x135 (<= ts_tanh!3 ts_tanh!2)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x138 (<= ?x27 ?x28)))
 (=> $x138 (<= ts_tanh!3 ts_tanh!4))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x141 (<= ?x27 ?x29)))
 (=> $x141 (<= ts_tanh!3 ts_tanh!5))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x144 (<= ?x27 ?x34)))
 (=> $x144 (<= ts_tanh!3 ts_tanh!6))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x147 (<= ?x27 ?x35)))
 (=> $x147 (<= ts_tanh!3 ts_tanh!7))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x150 (<= ?x27 ?x36)))
 (=> $x150 (<= ts_tanh!3 ts_tanh!8))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x153 (<= ?x28 x0_0)))
 (=> $x153 (<= ts_tanh!4 ts_tanh!0)))))
(assert
 (let (($x405 (<= ts_tanh!4 ts_tanh!1)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x156 (<= ?x28 x0_1)))
 (=> $x156 $x405)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x158 (<= ?x28 x0_2)))
 (=> $x158 (<= ts_tanh!4 ts_tanh!2)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x161 (<= ?x28 ?x27)))
 (=> $x161 (<= ts_tanh!4 ts_tanh!3))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x164 (<= ?x28 ?x29)))
 (=> $x164 (<= ts_tanh!4 ts_tanh!5))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x167 (<= ?x28 ?x34)))
 (=> $x167 (<= ts_tanh!4 ts_tanh!6))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x170 (<= ?x28 ?x35)))
 (=> $x170 (<= ts_tanh!4 ts_tanh!7))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x173 (<= ?x28 ?x36)))
 (=> $x173 (<= ts_tanh!4 ts_tanh!8))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x176 (<= ?x29 x0_0)))
 (=> $x176 (<= ts_tanh!5 ts_tanh!0)))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x179 (<= ?x29 x0_1)))
 (=> $x179 (<= ts_tanh!5 ts_tanh!1)))))
(assert
 (let (($x423 (<= ts_tanh!5 ts_tanh!2)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x182 (<= ?x29 x0_2)))
 (=> $x182 $x423)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x184 (<= ?x29 ?x27)))
 (=> $x184 (<= ts_tanh!5 ts_tanh!3))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x187 (<= ?x29 ?x28)))
 (=> $x187 (<= ts_tanh!5 ts_tanh!4))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x190 (<= ?x29 ?x34)))
 (=> $x190 (<= ts_tanh!5 ts_tanh!6))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x193 (<= ?x29 ?x35)))
 (=> $x193 (<= ts_tanh!5 ts_tanh!7))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x196 (<= ?x29 ?x36)))
 (=> $x196 (<= ts_tanh!5 ts_tanh!8))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x199 (<= ?x34 x0_0)))
 (=> $x199 (<= ts_tanh!6 ts_tanh!0)))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x202 (<= ?x34 x0_1)))
 (=> $x202 (<= ts_tanh!6 ts_tanh!1)))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x205 (<= ?x34 x0_2)))
 (=> $x205 (<= ts_tanh!6 ts_tanh!2)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x208 (<= ?x34 ?x27)))
 (=> $x208 (<= ts_tanh!6 ts_tanh!3))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x211 (<= ?x34 ?x28)))
 (=> $x211 (<= ts_tanh!6 ts_tanh!4))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x214 (<= ?x34 ?x29)))
 (=> $x214 (<= ts_tanh!6 ts_tanh!5))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x217 (<= ?x34 ?x35)))
 (=> $x217 (<= ts_tanh!6 ts_tanh!7))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x220 (<= ?x34 ?x36)))
 (=> $x220 (<= ts_tanh!6 ts_tanh!8))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x223 (<= ?x35 x0_0)))
 (=> $x223 (<= ts_tanh!7 ts_tanh!0)))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x226 (<= ?x35 x0_1)))
 (=> $x226 (<= ts_tanh!7 ts_tanh!1)))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x229 (<= ?x35 x0_2)))
 (=> $x229 (<= ts_tanh!7 ts_tanh!2)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x232 (<= ?x35 ?x27)))
 (=> $x232 (<= ts_tanh!7 ts_tanh!3))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x235 (<= ?x35 ?x28)))
 (=> $x235 (<= ts_tanh!7 ts_tanh!4))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x238 (<= ?x35 ?x29)))
 (=> $x238 (<= ts_tanh!7 ts_tanh!5))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x241 (<= ?x35 ?x34)))
 (=> $x241 (<= ts_tanh!7 ts_tanh!6))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x244 (<= ?x35 ?x36)))
 (=> $x244 (<= ts_tanh!7 ts_tanh!8))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x247 (<= ?x36 x0_0)))
 (=> $x247 (<= ts_tanh!8 ts_tanh!0)))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x250 (<= ?x36 x0_1)))
 (=> $x250 (<= ts_tanh!8 ts_tanh!1)))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x253 (<= ?x36 x0_2)))
 (=> $x253 (<= ts_tanh!8 ts_tanh!2)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x256 (<= ?x36 ?x27)))
 (=> $x256 (<= ts_tanh!8 ts_tanh!3))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x259 (<= ?x36 ?x28)))
 (=> $x259 (<= ts_tanh!8 ts_tanh!4))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x262 (<= ?x36 ?x29)))
 (=> $x262 (<= ts_tanh!8 ts_tanh!5))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x265 (<= ?x36 ?x34)))
 (=> $x265 (<= ts_tanh!8 ts_tanh!6))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x268 (<= ?x36 ?x35)))
 (=> $x268 (<= ts_tanh!8 ts_tanh!7))))))
(assert
 (and (> ts_tanh!0 (- 1.0)) (< ts_tanh!0 1.0)))
(assert
 (and (> ts_tanh!1 (- 1.0)) (< ts_tanh!1 1.0)))
(assert
 (and (> ts_tanh!2 (- 1.0)) (< ts_tanh!2 1.0)))
(assert
 (and (> ts_tanh!3 (- 1.0)) (< ts_tanh!3 1.0)))
(assert
 (and (> ts_tanh!4 (- 1.0)) (< ts_tanh!4 1.0)))
(assert
 (and (> ts_tanh!5 (- 1.0)) (< ts_tanh!5 1.0)))
(assert
 (and (> ts_tanh!6 (- 1.0)) (< ts_tanh!6 1.0)))
(assert
 (and (> ts_tanh!7 (- 1.0)) (< ts_tanh!7 1.0)))
(assert
 (and (> ts_tanh!8 (- 1.0)) (< ts_tanh!8 1.0)))
(assert
 (let (($x510 (= ts_tanh!0 0.0)))
 (let (($x301 (= x0_0 0.0)))
 (=> $x301 $x510))))
(assert
 (let (($x512 (= ts_tanh!1 0.0)))
 (let (($x304 (= x0_1 0.0)))
 (=> $x304 $x512))))
(assert
 (let (($x514 (= ts_tanh!2 0.0)))
 (let (($x307 (= x0_2 0.0)))
 (=> $x307 $x514))))
(assert
 (let (($x516 (= ts_tanh!3 0.0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x310 (= ?x27 0.0)))
 (=> $x310 $x516)))))
(assert
 (let (($x518 (= ts_tanh!4 0.0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x313 (= ?x28 0.0)))
 (=> $x313 $x518)))))
(assert
 (let (($x520 (= ts_tanh!5 0.0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x316 (= ?x29 0.0)))
 (=> $x316 $x520)))))
(assert
 (let (($x522 (= ts_tanh!6 0.0)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x319 (= ?x34 0.0)))
 (=> $x319 $x522)))))
(assert
 (let (($x524 (= ts_tanh!7 0.0)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x322 (= ?x35 0.0)))
 (=> $x322 $x524)))))
(assert
 (let (($x526 (= ts_tanh!8 0.0)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x325 (= ?x36 0.0)))
 (=> $x325 $x526)))))
(assert
 (not (or (= ts_tanh!7 +inf!) (<= ts_tanh!1 ts_tanh!7))))
(assert
 (let (($x533 (= ts_tanh!0 ts_tanh!1)))
 (=> (and (= x0_0 x0_1)) $x533)))
(assert
 (let (($x537 (= ts_tanh!0 ts_tanh!2)))
 (=> (and (= x0_0 x0_2)) $x537)))
(assert
 (let (($x541 (= ts_tanh!0 ts_tanh!3)))
 (=> (and (= x0_0 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0))) $x541)))
(assert
 (let (($x545 (= ts_tanh!0 ts_tanh!4)))
 (=> (and (= x0_0 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1))) $x545)))
(assert
 (let (($x549 (= ts_tanh!0 ts_tanh!5)))
 (=> (and (= x0_0 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2))) $x549)))
(assert
 (let (($x553 (= ts_tanh!0 ts_tanh!6)))
 (=> (and (= x0_0 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0))) $x553)))
(assert
 (let (($x557 (= ts_tanh!0 ts_tanh!7)))
 (=> (and (= x0_0 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1))) $x557)))
(assert
 (let (($x561 (= ts_tanh!0 ts_tanh!8)))
 (=> (and (= x0_0 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2))) $x561)))
(assert
 (let (($x565 (= ts_tanh!1 ts_tanh!2)))
 (=> (and (= x0_1 x0_2)) $x565)))
(assert
 (let (($x569 (= ts_tanh!1 ts_tanh!3)))
 (=> (and (= x0_1 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0))) $x569)))
(assert
 (let (($x573 (= ts_tanh!1 ts_tanh!4)))
 (=> (and (= x0_1 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1))) $x573)))
(assert
 (let (($x577 (= ts_tanh!1 ts_tanh!5)))
 (=> (and (= x0_1 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2))) $x577)))
(assert
 (let (($x581 (= ts_tanh!1 ts_tanh!6)))
 (=> (and (= x0_1 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0))) $x581)))
(assert
 (let (($x585 (= ts_tanh!1 ts_tanh!7)))
 (=> (and (= x0_1 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1))) $x585)))
(assert
 (let (($x589 (= ts_tanh!1 ts_tanh!8)))
 (=> (and (= x0_1 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2))) $x589)))
(assert
 (let (($x593 (= ts_tanh!2 ts_tanh!3)))
 (=> (and (= x0_2 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0))) $x593)))
(assert
 (let (($x597 (= ts_tanh!2 ts_tanh!4)))
 (=> (and (= x0_2 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1))) $x597)))
(assert
 (let (($x601 (= ts_tanh!2 ts_tanh!5)))
 (=> (and (= x0_2 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2))) $x601)))
(assert
 (let (($x605 (= ts_tanh!2 ts_tanh!6)))
 (=> (and (= x0_2 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0))) $x605)))
(assert
 (let (($x609 (= ts_tanh!2 ts_tanh!7)))
 (=> (and (= x0_2 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1))) $x609)))
(assert
 (let (($x613 (= ts_tanh!2 ts_tanh!8)))
 (=> (and (= x0_2 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2))) $x613)))
(assert
 (let (($x617 (= ts_tanh!3 ts_tanh!4)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x28)) $x617)))))
(assert
 (let (($x621 (= ts_tanh!3 ts_tanh!5)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x29)) $x621)))))
(assert
 (let (($x625 (= ts_tanh!3 ts_tanh!6)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x34)) $x625)))))
(assert
 (let (($x629 (= ts_tanh!3 ts_tanh!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x35)) $x629)))))
(assert
 (let (($x633 (= ts_tanh!3 ts_tanh!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x36)) $x633)))))
(assert
 (let (($x637 (= ts_tanh!4 ts_tanh!5)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (=> (and (= ?x28 ?x29)) $x637)))))
(assert
 (let (($x641 (= ts_tanh!4 ts_tanh!6)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (=> (and (= ?x28 ?x34)) $x641)))))
(assert
 (let (($x645 (= ts_tanh!4 ts_tanh!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (=> (and (= ?x28 ?x35)) $x645)))))
(assert
 (let (($x649 (= ts_tanh!4 ts_tanh!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (=> (and (= ?x28 ?x36)) $x649)))))
(assert
 (let (($x653 (= ts_tanh!5 ts_tanh!6)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (=> (and (= ?x29 ?x34)) $x653)))))
(assert
 (let (($x657 (= ts_tanh!5 ts_tanh!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (=> (and (= ?x29 ?x35)) $x657)))))
(assert
 (let (($x661 (= ts_tanh!5 ts_tanh!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (=> (and (= ?x29 ?x36)) $x661)))))
(assert
 (let (($x665 (= ts_tanh!6 ts_tanh!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (=> (and (= ?x34 ?x35)) $x665)))))
(assert
 (let (($x669 (= ts_tanh!6 ts_tanh!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (=> (and (= ?x34 ?x36)) $x669)))))
(assert
 (let (($x673 (= ts_tanh!7 ts_tanh!8)))
(let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
(let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
(=> (and (= ?x35 ?x36)) $x673)))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun l0_0 () Real)
(declare-fun u0_0 () Real)
(declare-fun x0_1 () Real)
(declare-fun l0_1 () Real)
(declare-fun u0_1 () Real)
(declare-fun x0_2 () Real)
(declare-fun l0_2 () Real)
(declare-fun u0_2 () Real)
(declare-fun ts_tanh!1 () Real)
(declare-fun ts_tanh!0 () Real)
(declare-fun ts_tanh!2 () Real)
(declare-fun ts_tanh!3 () Real)
(declare-fun -inf! () Real)
(declare-fun ts_tanh!4 () Real)
(declare-fun ts_tanh!5 () Real)
(declare-fun ts_tanh!6 () Real)
(declare-fun +inf! () Real)
(declare-fun ts_tanh!7 () Real)
(declare-fun ts_tanh!8 () Real)
(assert
 (<= l0_0 x0_0))
(assert
 (<= x0_0 u0_0))
(assert
 (<= l0_1 x0_1))
(assert
 (<= x0_1 u0_1))
(assert
 (<= l0_2 x0_2))
(assert
 (<= x0_2 u0_2))
(assert
 (let (($x61 (<= x0_0 x0_1)))
 (=> $x61 (<= ts_tanh!0 ts_tanh!1))))
(assert
 (let (($x64 (<= x0_0 x0_2)))
 (=> $x64 (<= ts_tanh!0 ts_tanh!2))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x67 (<= x0_0 ?x27)))
 (=> $x67 (<= ts_tanh!0 ts_tanh!3)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x70 (<= x0_0 ?x28)))
 (=> $x70 (<= ts_tanh!0 ts_tanh!4)))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x73 (<= x0_0 ?x29)))
 (=> $x73 (<= ts_tanh!0 ts_tanh!5)))))
(assert
 (let (($x349 (<= ts_tanh!0 ts_tanh!6)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x76 (<= x0_0 ?x34)))
 (=> $x76 $x349)))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x78 (<= x0_0 ?x35)))
 (=> $x78 (<= ts_tanh!0 ts_tanh!7)))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x81 (<= x0_0 ?x36)))
 (=> $x81 (<= ts_tanh!0 ts_tanh!8)))))
(assert
 (let (($x84 (<= x0_1 x0_0)))
 (=> $x84 (<= ts_tanh!1 ts_tanh!0))))
(assert
 (let (($x87 (<= x0_1 x0_2)))
 (=> $x87 (<= ts_tanh!1 ts_tanh!2))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x90 (<= x0_1 ?x27)))
 (=> $x90 (<= ts_tanh!1 ts_tanh!3)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x93 (<= x0_1 ?x28)))
 (=> $x93 (<= ts_tanh!1 ts_tanh!4)))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x96 (<= x0_1 ?x29)))
 (=> $x96 (<= ts_tanh!1 ts_tanh!5)))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x99 (<= x0_1 ?x34)))
 (=> $x99 (<= ts_tanh!1 ts_tanh!6)))))
(assert
 (let (($x367 (<= ts_tanh!1 ts_tanh!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x102 (<= x0_1 ?x35)))
 (=> $x102 $x367)))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x104 (<= x0_1 ?x36)))
 (=> $x104 (<= ts_tanh!1 ts_tanh!8)))))
(assert
 (let (($x107 (<= x0_2 x0_0)))
 (=> $x107 (<= ts_tanh!2 ts_tanh!0))))
(assert
 (let (($x110 (<= x0_2 x0_1)))
 (=> $x110 (<= ts_tanh!2 ts_tanh!1))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x113 (<= x0_2 ?x27)))
 (=> $x113 (<= ts_tanh!2 ts_tanh!3)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x116 (<= x0_2 ?x28)))
 (=> $x116 (<= ts_tanh!2 ts_tanh!4)))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x119 (<= x0_2 ?x29)))
 (=> $x119 (<= ts_tanh!2 ts_tanh!5)))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x122 (<= x0_2 ?x34)))
 (=> $x122 (<= ts_tanh!2 ts_tanh!6)))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x125 (<= x0_2 ?x35)))
 (=> $x125 (<= ts_tanh!2 ts_tanh!7)))))
(assert
 (let (($x385 (<= ts_tanh!2 ts_tanh!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x128 (<= x0_2 ?x36)))
 (=> $x128 $x385)))))
(assert
 (let (($x387 (<= ts_tanh!3 ts_tanh!0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x130 (<= ?x27 x0_0)))
 (=> $x130 $x387)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x132 (<= ?x27 x0_1)))
 (=> $x132 (<= ts_tanh!3 ts_tanh!1)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x135 (<= ?x27 x0_2)))
 (=> $x135 (<= ts_tanh!3 ts_tanh!2)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x138 (<= ?x27 ?x28)))
 (=> $x138 (<= ts_tanh!3 ts_tanh!4))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x141 (<= ?x27 ?x29)))
 (=> $x141 (<= ts_tanh!3 ts_tanh!5))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x144 (<= ?x27 ?x34)))
 (=> $x144 (<= ts_tanh!3 ts_tanh!6))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x147 (<= ?x27 ?x35)))
 (=> $x147 (<= ts_tanh!3 ts_tanh!7))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x150 (<= ?x27 ?x36)))
 (=> $x150 (<= ts_tanh!3 ts_tanh!8))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x153 (<= ?x28 x0_0)))
 (=> $x153 (<= ts_tanh!4 ts_tanh!0)))))
(assert
 (let (($x405 (<= ts_tanh!4 ts_tanh!1)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x156 (<= ?x28 x0_1)))
 (=> $x156 $x405)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x158 (<= ?x28 x0_2)))
 (=> $x158 (<= ts_tanh!4 ts_tanh!2)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x161 (<= ?x28 ?x27)))
 (=> $x161 (<= ts_tanh!4 ts_tanh!3))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x164 (<= ?x28 ?x29)))
 (=> $x164 (<= ts_tanh!4 ts_tanh!5))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x167 (<= ?x28 ?x34)))
 (=> $x167 (<= ts_tanh!4 ts_tanh!6))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x170 (<= ?x28 ?x35)))
 (=> $x170 (<= ts_tanh!4 ts_tanh!7))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x173 (<= ?x28 ?x36)))
 (=> $x173 (<= ts_tanh!4 ts_tanh!8))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x176 (<= ?x29 x0_0)))
 (=> $x176 (<= ts_tanh!5 ts_tanh!0)))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x179 (<= ?x29 x0_1)))
 (=> $x179 (<= ts_tanh!5 ts_tanh!1)))))
(assert
 (let (($x423 (<= ts_tanh!5 ts_tanh!2)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x182 (<= ?x29 x0_2)))
 (=> $x182 $x423)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x184 (<= ?x29 ?x27)))
 (=> $x184 (<= ts_tanh!5 ts_tanh!3))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x187 (<= ?x29 ?x28)))
 (=> $x187 (<= ts_tanh!5 ts_tanh!4))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x190 (<= ?x29 ?x34)))
 (=> $x190 (<= ts_tanh!5 ts_tanh!6))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x193 (<= ?x29 ?x35)))
 (=> $x193 (<= ts_tanh!5 ts_tanh!7))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x196 (<= ?x29 ?x36)))
 (=> $x196 (<= ts_tanh!5 ts_tanh!8))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x199 (<= ?x34 x0_0)))
 (=> $x199 (<= ts_tanh!6 ts_tanh!0)))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x202 (<= ?x34 x0_1)))
 (=> $x202 (<= ts_tanh!6 ts_tanh!1)))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x205 (<= ?x34 x0_2)))
 (=> $x205 (<= ts_tanh!6 ts_tanh!2)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x208 (<= ?x34 ?x27)))
 (=> $x208 (<= ts_tanh!6 ts_tanh!3))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x211 (<= ?x34 ?x28)))
 (=> $x211 (<= ts_tanh!6 ts_tanh!4))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x214 (<= ?x34 ?x29)))
 (=> $x214 (<= ts_tanh!6 ts_tanh!5))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x217 (<= ?x34 ?x35)))
 (=> $x217 (<= ts_tanh!6 ts_tanh!7))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x220 (<= ?x34 ?x36)))
 (=> $x220 (<= ts_tanh!6 ts_tanh!8))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x223 (<= ?x35 x0_0)))
 (=> $x223 (<= ts_tanh!7 ts_tanh!0)))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x226 (<= ?x35 x0_1)))
 (=> $x226 (<= ts_tanh!7 ts_tanh!1)))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x229 (<= ?x35 x0_2)))
 (=> $x229 (<= ts_tanh!7 ts_tanh!2)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x232 (<= ?x35 ?x27)))
 (=> $x232 (<= ts_tanh!7 ts_tanh!3))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x235 (<= ?x35 ?x28)))
 (=> $x235 (<= ts_tanh!7 ts_tanh!4))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x238 (<= ?x35 ?x29)))
 (=> $x238 (<= ts_tanh!7 ts_tanh!5))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x241 (<= ?x35 ?x34)))
 (=> $x241 (<= ts_tanh!7 ts_tanh!6))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x244 (<= ?x35 ?x36)))
 (=> $x244 (<= ts_tanh!7 ts_tanh!8))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x247 (<= ?x36 x0_0)))
 (=> $x247 (<= ts_tanh!8 ts_tanh!0)))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x250 (<= ?x36 x0_1)))
 (=> $x250 (<= ts_tanh!8 ts_tanh!1)))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x253 (<= ?x36 x0_2)))
 (=> $x253 (<= ts_tanh!8 ts_tanh!2)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x256 (<= ?x36 ?x27)))
 (=> $x256 (<= ts_tanh!8 ts_tanh!3))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x259 (<= ?x36 ?x28)))
 (=> $x259 (<= ts_tanh!8 ts_tanh!4))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x262 (<= ?x36 ?x29)))
 (=> $x262 (<= ts_tanh!8 ts_tanh!5))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x265 (<= ?x36 ?x34)))
 (=> $x265 (<= ts_tanh!8 ts_tanh!6))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x268 (<= ?x36 ?x35)))
 (=> $x268 (<= ts_tanh!8 ts_tanh!7))))))
(assert
 (and (> ts_tanh!0 (- 1.0)) (< ts_tanh!0 1.0)))
(assert
 (and (> ts_tanh!1 (- 1.0)) (< ts_tanh!1 1.0)))
(assert
 (and (> ts_tanh!2 (- 1.0)) (< ts_tanh!2 1.0)))
(assert
 (and (> ts_tanh!3 (- 1.0)) (< ts_tanh!3 1.0)))
(assert
 (and (> ts_tanh!4 (- 1.0)) (< ts_tanh!4 1.0)))
(assert
 (and (> ts_tanh!5 (- 1.0)) (< ts_tanh!5 1.0)))
(assert
 (and (> ts_tanh!6 (- 1.0)) (< ts_tanh!6 1.0)))
(assert
 (and (> ts_tanh!7 (- 1.0)) (< ts_tanh!7 1.0)))
(assert
 (and (> ts_tanh!8 (- 1.0)) (< ts_tanh!8 1.0)))
(assert
 (let (($x510 (= ts_tanh!0 0.0)))
 (let (($x301 (= x0_0 0.0)))
 (=> $x301 $x510))))
(assert
 (let (($x512 (= ts_tanh!1 0.0)))
 (let (($x304 (= x0_1 0.0)))
 (=> $x304 $x512))))
(assert
 (let (($x514 (= ts_tanh!2 0.0)))
 (let (($x307 (= x0_2 0.0)))
 (=> $x307 $x514))))
(assert
 (let (($x516 (= ts_tanh!3 0.0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x310 (= ?x27 0.0)))
 (=> $x310 $x516)))))
(assert
 (let (($x518 (= ts_tanh!4 0.0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x313 (= ?x28 0.0)))
 (=> $x313 $x518)))))
(assert
 (let (($x520 (= ts_tanh!5 0.0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x316 (= ?x29 0.0)))
 (=> $x316 $x520)))))
(assert
 (let (($x522 (= ts_tanh!6 0.0)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x319 (= ?x34 0.0)))
 (=> $x319 $x522)))))
(assert
 (let (($x524 (= ts_tanh!7 0.0)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x322 (= ?x35 0.0)))
 (=> $x322 $x524)))))
(assert
 (let (($x526 (= ts_tanh!8 0.0)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x325 (= ?x36 0.0)))
 (=> $x325 $x526)))))
(assert
 (not (or (= ts_tanh!5 -inf!) (<= ts_tanh!5 ts_tanh!2))))
(assert
 (let (($x533 (= ts_tanh!0 ts_tanh!1)))
 (=> (and (= x0_0 x0_1)) $x533)))
(assert
 (let (($x537 (= ts_tanh!0 ts_tanh!2)))
 (=> (and (= x0_0 x0_2)) $x537)))
(assert
 (let (($x541 (= ts_tanh!0 ts_tanh!3)))
 (=> (and (= x0_0 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0))) $x541)))
(assert
 (let (($x545 (= ts_tanh!0 ts_tanh!4)))
 (=> (and (= x0_0 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1))) $x545)))
(assert
 (let (($x549 (= ts_tanh!0 ts_tanh!5)))
 (=> (and (= x0_0 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2))) $x549)))
(assert
 (let (($x553 (= ts_tanh!0 ts_tanh!6)))
 (=> (and (= x0_0 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0))) $x553)))
(assert
 (let (($x557 (= ts_tanh!0 ts_tanh!7)))
 (=> (and (= x0_0 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1))) $x557)))
(assert
 (let (($x561 (= ts_tanh!0 ts_tanh!8)))
 (=> (and (= x0_0 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2))) $x561)))
(assert
 (let (($x565 (= ts_tanh!1 ts_tanh!2)))
 (=> (and (= x0_1 x0_2)) $x565)))
(assert
 (let (($x569 (= ts_tanh!1 ts_tanh!3)))
 (=> (and (= x0_1 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0))) $x569)))
(assert
 (let (($x573 (= ts_tanh!1 ts_tanh!4)))
 (=> (and (= x0_1 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1))) $x573)))
(assert
 (let (($x577 (= ts_tanh!1 ts_tanh!5)))
 (=> (and (= x0_1 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2))) $x577)))
(assert
 (let (($x581 (= ts_tanh!1 ts_tanh!6)))
 (=> (and (= x0_1 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0))) $x581)))
(assert
 (let (($x585 (= ts_tanh!1 ts_tanh!7)))
 (=> (and (= x0_1 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1))) $x585)))
(assert
 (let (($x589 (= ts_tanh!1 ts_tanh!8)))
 (=> (and (= x0_1 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2))) $x589)))
(assert
 (let (($x593 (= ts_tanh!2 ts_tanh!3)))
 (=> (and (= x0_2 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0))) $x593)))
(assert
 (let (($x597 (= ts_tanh!2 ts_tanh!4)))
 (=> (and (= x0_2 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1))) $x597)))
(assert
 (let (($x601 (= ts_tanh!2 ts_tanh!5)))
 (=> (and (= x0_2 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2))) $x601)))
(assert
 (let (($x605 (= ts_tanh!2 ts_tanh!6)))
 (=> (and (= x0_2 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0))) $x605)))
(assert
 (let (($x609 (= ts_tanh!2 ts_tanh!7)))
 (=> (and (= x0_2 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1))) $x609)))
(assert
 (let (($x613 (= ts_tanh!2 ts_tanh!8)))
 (=> (and (= x0_2 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2))) $x613)))
(assert
 (let (($x617 (= ts_tanh!3 ts_tanh!4)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x28)) $x617)))))
(assert
 (let (($x621 (= ts_tanh!3 ts_tanh!5)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x29)) $x621)))))
(assert
 (let (($x625 (= ts_tanh!3 ts_tanh!6)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x34)) $x625)))))
(assert
 (let (($x629 (= ts_tanh!3 ts_tanh!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x35)) $x629)))))
(assert
 (let (($x633 (= ts_tanh!3 ts_tanh!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x36)) $x633)))))
(assert
 (let (($x637 (= ts_tanh!4 ts_tanh!5)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (=> (and (= ?x28 ?x29)) $x637)))))
(assert
 (let (($x641 (= ts_tanh!4 ts_tanh!6)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (=> (and (= ?x28 ?x34)) $x641)))))
(assert
 (let (($x645 (= ts_tanh!4 ts_tanh!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (=> (and (= ?x28 ?x35)) $x645)))))
(assert
 (let (($x649 (= ts_tanh!4 ts_tanh!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (=> (and (= ?x28 ?x36)) $x649)))))
(assert
 (let (($x653 (= ts_tanh!5 ts_tanh!6)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (=> (and (= ?x29 ?x34)) $x653)))))
(assert
 (let (($x657 (= ts_tanh!5 ts_tanh!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (=> (and (= ?x29 ?x35)) $x657)))))
(assert
 (let (($x661 (= ts_tanh!5 ts_tanh!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (=> (and (= ?x29 ?x36)) $x661)))))
(assert
 (let (($x665 (= ts_tanh!6 ts_tanh!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (=> (and (= ?x34 ?x35)) $x665)))))
(assert
 (let (($x669 (= ts_tanh!6 ts_tanh!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (=> (and (= ?x34 ?x36)) $x669)))))
(assert
 (let (($x673 (= ts_tanh!7 ts_tanh!8)))
(let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
(let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
(=> (and (= ?x35 ?x36)) $x673)))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun l0_0 () Real)
(declare-fun u0_0 () Real)
(declare-fun x0_1 () Real)
(declare-fun l0_1 () Real)
(declare-fun u0_1 () Real)
(declare-fun x0_2 () Real)
(declare-fun l0_2 () Real)
(declare-fun u0_2 () Real)
(declare-fun ts_tanh!1 () Real)
(declare-fun ts_tanh!0 () Real)
(declare-fun ts_tanh!2 () Real)
(declare-fun ts_tanh!3 () Real)
(declare-fun -inf! () Real)
(declare-fun ts_tanh!4 () Real)
(declare-fun ts_tanh!5 () Real)
(declare-fun ts_tanh!6 () Real)
(declare-fun +inf! () Real)
(declare-fun ts_tanh!7 () Real)
(declare-fun ts_tanh!8 () Real)
(assert
 (<= l0_0 x0_0))
(assert
 (<= x0_0 u0_0))
(assert
 (<= l0_1 x0_1))
(assert
 (<= x0_1 u0_1))
(assert
 (<= l0_2 x0_2))
(assert
 (<= x0_2 u0_2))
(assert
 (let (($x61 (<= x0_0 x0_1)))
 (=> $x61 (<= ts_tanh!0 ts_tanh!1))))
(assert
 (let (($x64 (<= x0_0 x0_2)))
 (=> $x64 (<= ts_tanh!0 ts_tanh!2))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x67 (<= x0_0 ?x27)))
 (=> $x67 (<= ts_tanh!0 ts_tanh!3)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x70 (<= x0_0 ?x28)))
 (=> $x70 (<= ts_tanh!0 ts_tanh!4)))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x73 (<= x0_0 ?x29)))
 (=> $x73 (<= ts_tanh!0 ts_tanh!5)))))
(assert
 (let (($x349 (<= ts_tanh!0 ts_tanh!6)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x76 (<= x0_0 ?x34)))
 (=> $x76 $x349)))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x78 (<= x0_0 ?x35)))
 (=> $x78 (<= ts_tanh!0 ts_tanh!7)))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x81 (<= x0_0 ?x36)))
 (=> $x81 (<= ts_tanh!0 ts_tanh!8)))))
(assert
 (let (($x84 (<= x0_1 x0_0)))
 (=> $x84 (<= ts_tanh!1 ts_tanh!0))))
(assert
 (let (($x87 (<= x0_1 x0_2)))
 (=> $x87 (<= ts_tanh!1 ts_tanh!2))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x90 (<= x0_1 ?x27)))
 (=> $x90 (<= ts_tanh!1 ts_tanh!3)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x93 (<= x0_1 ?x28)))
 (=> $x93 (<= ts_tanh!1 ts_tanh!4)))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x96 (<= x0_1 ?x29)))
 (=> $x96 (<= ts_tanh!1 ts_tanh!5)))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x99 (<= x0_1 ?x34)))
 (=> $x99 (<= ts_tanh!1 ts_tanh!6)))))
(assert
 (let (($x367 (<= ts_tanh!1 ts_tanh!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x102 (<= x0_1 ?x35)))
 (=> $x102 $x367)))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x104 (<= x0_1 ?x36)))
 (=> $x104 (<= ts_tanh!1 ts_tanh!8)))))
(assert
 (let (($x107 (<= x0_2 x0_0)))
 (=> $x107 (<= ts_tanh!2 ts_tanh!0))))
(assert
 (let (($x110 (<= x0_2 x0_1)))
 (=> $x110 (<= ts_tanh!2 ts_tanh!1))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x113 (<= x0_2 ?x27)))
 (=> $x113 (<= ts_tanh!2 ts_tanh!3)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x116 (<= x0_2 ?x28)))
 (=> $x116 (<= ts_tanh!2 ts_tanh!4)))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x119 (<= x0_2 ?x29)))
 (=> $x119 (<= ts_tanh!2 ts_tanh!5)))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x122 (<= x0_2 ?x34)))
 (=> $x122 (<= ts_tanh!2 ts_tanh!6)))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x125 (<= x0_2 ?x35)))
 (=> $x125 (<= ts_tanh!2 ts_tanh!7)))))
(assert
 (let (($x385 (<= ts_tanh!2 ts_tanh!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x128 (<= x0_2 ?x36)))
 (=> $x128 $x385)))))
(assert
 (let (($x387 (<= ts_tanh!3 ts_tanh!0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x130 (<= ?x27 x0_0)))
 (=> $x130 $x387)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x132 (<= ?x27 x0_1)))
 (=> $x132 (<= ts_tanh!3 ts_tanh!1)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x135 (<= ?x27 x0_2)))
 (=> $x135 (<= ts_tanh!3 ts_tanh!2)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x138 (<= ?x27 ?x28)))
 (=> $x138 (<= ts_tanh!3 ts_tanh!4))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x141 (<= ?x27 ?x29)))
 (=> $x141 (<= ts_tanh!3 ts_tanh!5))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x144 (<= ?x27 ?x34)))
 (=> $x144 (<= ts_tanh!3 ts_tanh!6))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x147 (<= ?x27 ?x35)))
 (=> $x147 (<= ts_tanh!3 ts_tanh!7))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x150 (<= ?x27 ?x36)))
 (=> $x150 (<= ts_tanh!3 ts_tanh!8))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x153 (<= ?x28 x0_0)))
 (=> $x153 (<= ts_tanh!4 ts_tanh!0)))))
(assert
 (let (($x405 (<= ts_tanh!4 ts_tanh!1)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x156 (<= ?x28 x0_1)))
 (=> $x156 $x405)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x158 (<= ?x28 x0_2)))
 (=> $x158 (<= ts_tanh!4 ts_tanh!2)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x161 (<= ?x28 ?x27)))
 (=> $x161 (<= ts_tanh!4 ts_tanh!3))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x164 (<= ?x28 ?x29)))
 (=> $x164 (<= ts_tanh!4 ts_tanh!5))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x167 (<= ?x28 ?x34)))
 (=> $x167 (<= ts_tanh!4 ts_tanh!6))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x170 (<= ?x28 ?x35)))
 (=> $x170 (<= ts_tanh!4 ts_tanh!7))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x173 (<= ?x28 ?x36)))
 (=> $x173 (<= ts_tanh!4 ts_tanh!8))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x176 (<= ?x29 x0_0)))
 (=> $x176 (<= ts_tanh!5 ts_tanh!0)))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x179 (<= ?x29 x0_1)))
 (=> $x179 (<= ts_tanh!5 ts_tanh!1)))))
(assert
 (let (($x423 (<= ts_tanh!5 ts_tanh!2)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x182 (<= ?x29 x0_2)))
 (=> $x182 $x423)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x184 (<= ?x29 ?x27)))
 (=> $x184 (<= ts_tanh!5 ts_tanh!3))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x187 (<= ?x29 ?x28)))
 (=> $x187 (<= ts_tanh!5 ts_tanh!4))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x190 (<= ?x29 ?x34)))
 (=> $x190 (<= ts_tanh!5 ts_tanh!6))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x193 (<= ?x29 ?x35)))
 (=> $x193 (<= ts_tanh!5 ts_tanh!7))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x196 (<= ?x29 ?x36)))
 (=> $x196 (<= ts_tanh!5 ts_tanh!8))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x199 (<= ?x34 x0_0)))
 (=> $x199 (<= ts_tanh!6 ts_tanh!0)))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x202 (<= ?x34 x0_1)))
 (=> $x202 (<= ts_tanh!6 ts_tanh!1)))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x205 (<= ?x34 x0_2)))
 (=> $x205 (<= ts_tanh!6 ts_tanh!2)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x208 (<= ?x34 ?x27)))
 (=> $x208 (<= ts_tanh!6 ts_tanh!3))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x211 (<= ?x34 ?x28)))
 (=> $x211 (<= ts_tanh!6 ts_tanh!4))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x214 (<= ?x34 ?x29)))
 (=> $x214 (<= ts_tanh!6 ts_tanh!5))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x217 (<= ?x34 ?x35)))
 (=> $x217 (<= ts_tanh!6 ts_tanh!7))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x220 (<= ?x34 ?x36)))
 (=> $x220 (<= ts_tanh!6 ts_tanh!8))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x223 (<= ?x35 x0_0)))
 (=> $x223 (<= ts_tanh!7 ts_tanh!0)))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x226 (<= ?x35 x0_1)))
 (=> $x226 (<= ts_tanh!7 ts_tanh!1)))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x229 (<= ?x35 x0_2)))
 (=> $x229 (<= ts_tanh!7 ts_tanh!2)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x232 (<= ?x35 ?x27)))
 (=> $x232 (<= ts_tanh!7 ts_tanh!3))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x235 (<= ?x35 ?x28)))
 (=> $x235 (<= ts_tanh!7 ts_tanh!4))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x238 (<= ?x35 ?x29)))
 (=> $x238 (<= ts_tanh!7 ts_tanh!5))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x241 (<= ?x35 ?x34)))
 (=> $x241 (<= ts_tanh!7 ts_tanh!6))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x244 (<= ?x35 ?x36)))
 (=> $x244 (<= ts_tanh!7 ts_tanh!8))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x247 (<= ?x36 x0_0)))
 (=> $x247 (<= ts_tanh!8 ts_tanh!0)))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x250 (<= ?x36 x0_1)))
 (=> $x250 (<= ts_tanh!8 ts_tanh!1)))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x253 (<= ?x36 x0_2)))
 (=> $x253 (<= ts_tanh!8 ts_tanh!2)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x256 (<= ?x36 ?x27)))
 (=> $x256 (<= ts_tanh!8 ts_tanh!3))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x259 (<= ?x36 ?x28)))
 (=> $x259 (<= ts_tanh!8 ts_tanh!4))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x262 (<= ?x36 ?x29)))
 (=> $x262 (<= ts_tanh!8 ts_tanh!5))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x265 (<= ?x36 ?x34)))
 (=> $x265 (<= ts_tanh!8 ts_tanh!6))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x268 (<= ?x36 ?x35)))
 (=> $x268 (<= ts_tanh!8 ts_tanh!7))))))
(assert
 (and (> ts_tanh!0 (- 1.0)) (< ts_tanh!0 1.0)))
(assert
 (and (> ts_tanh!1 (- 1.0)) (< ts_tanh!1 1.0)))
(assert
 (and (> ts_tanh!2 (- 1.0)) (< ts_tanh!2 1.0)))
(assert
 (and (> ts_tanh!3 (- 1.0)) (< ts_tanh!3 1.0)))
(assert
 (and (> ts_tanh!4 (- 1.0)) (< ts_tanh!4 1.0)))
(assert
 (and (> ts_tanh!5 (- 1.0)) (< ts_tanh!5 1.0)))
(assert
 (and (> ts_tanh!6 (- 1.0)) (< ts_tanh!6 1.0)))
(assert
 (and (> ts_tanh!7 (- 1.0)) (< ts_tanh!7 1.0)))
(assert
 (and (> ts_tanh!8 (- 1.0)) (< ts_tanh!8 1.0)))
(assert
 (let (($x510 (= ts_tanh!0 0.0)))
 (let (($x301 (= x0_0 0.0)))
 (=> $x301 $x510))))
(assert
 (let (($x512 (= ts_tanh!1 0.0)))
 (let (($x304 (= x0_1 0.0)))
 (=> $x304 $x512))))
(assert
 (let (($x514 (= ts_tanh!2 0.0)))
 (let (($x307 (= x0_2 0.0)))
 (=> $x307 $x514))))
(assert
 (let (($x516 (= ts_tanh!3 0.0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x310 (= ?x27 0.0)))
 (=> $x310 $x516)))))
(assert
 (let (($x518 (= ts_tanh!4 0.0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x313 (= ?x28 0.0)))
 (=> $x313 $x518)))))
(assert
 (let (($x520 (= ts_tanh!5 0.0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x316 (= ?x29 0.0)))
 (=> $x316 $x520)))))
(assert
 (let (($x522 (= ts_tanh!6 0.0)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x319 (= ?x34 0.0)))
 (=> $x319 $x522)))))
(assert
 (let (($x524 (= ts_tanh!7 0.0)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x322 (= ?x35 0.0)))
 (=> $x322 $x524)))))
(assert
 (let (($x526 (= ts_tanh!8 0.0)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x325 (= ?x36 0.0)))
 (=> $x325 $x526)))))
(assert
 (not (or (= ts_tanh!8 +inf!) (<= ts_tanh!2 ts_tanh!8))))
(assert
 (let (($x533 (= ts_tanh!0 ts_tanh!1)))
 (=> (and (= x0_0 x0_1)) $x533)))
(assert
 (let (($x537 (= ts_tanh!0 ts_tanh!2)))
 (=> (and (= x0_0 x0_2)) $x537)))
(assert
 (let (($x541 (= ts_tanh!0 ts_tanh!3)))
 (=> (and (= x0_0 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0))) $x541)))
(assert
 (let (($x545 (= ts_tanh!0 ts_tanh!4)))
 (=> (and (= x0_0 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1))) $x545)))
(assert
 (let (($x549 (= ts_tanh!0 ts_tanh!5)))
 (=> (and (= x0_0 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2))) $x549)))
(assert
 (let (($x553 (= ts_tanh!0 ts_tanh!6)))
 (=> (and (= x0_0 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0))) $x553)))
(assert
 (let (($x557 (= ts_tanh!0 ts_tanh!7)))
 (=> (and (= x0_0 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1))) $x557)))
(assert
 (let (($x561 (= ts_tanh!0 ts_tanh!8)))
 (=> (and (= x0_0 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2))) $x561)))
(assert
 (let (($x565 (= ts_tanh!1 ts_tanh!2)))
 (=> (and (= x0_1 x0_2)) $x565)))
(assert
 (let (($x569 (= ts_tanh!1 ts_tanh!3)))
 (=> (and (= x0_1 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0))) $x569)))
(assert
 (let (($x573 (= ts_tanh!1 ts_tanh!4)))
 (=> (and (= x0_1 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1))) $x573)))
(assert
 (let (($x577 (= ts_tanh!1 ts_tanh!5)))
 (=> (and (= x0_1 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2))) $x577)))
(assert
 (let (($x581 (= ts_tanh!1 ts_tanh!6)))
 (=> (and (= x0_1 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0))) $x581)))
(assert
 (let (($x585 (= ts_tanh!1 ts_tanh!7)))
 (=> (and (= x0_1 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1))) $x585)))
(assert
 (let (($x589 (= ts_tanh!1 ts_tanh!8)))
 (=> (and (= x0_1 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2))) $x589)))
(assert
 (let (($x593 (= ts_tanh!2 ts_tanh!3)))
 (=> (and (= x0_2 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0))) $x593)))
(assert
 (let (($x597 (= ts_tanh!2 ts_tanh!4)))
 (=> (and (= x0_2 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1))) $x597)))
(assert
 (let (($x601 (= ts_tanh!2 ts_tanh!5)))
 (=> (and (= x0_2 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2))) $x601)))
(assert
 (let (($x605 (= ts_tanh!2 ts_tanh!6)))
 (=> (and (= x0_2 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0))) $x605)))
(assert
 (let (($x609 (= ts_tanh!2 ts_tanh!7)))
 (=> (and (= x0_2 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1))) $x609)))
(assert
 (let (($x613 (= ts_tanh!2 ts_tanh!8)))
 (=> (and (= x0_2 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2))) $x613)))
(assert
 (let (($x617 (= ts_tanh!3 ts_tanh!4)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x28)) $x617)))))
(assert
 (let (($x621 (= ts_tanh!3 ts_tanh!5)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x29)) $x621)))))
(assert
 (let (($x625 (= ts_tanh!3 ts_tanh!6)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x34)) $x625)))))
(assert
 (let (($x629 (= ts_tanh!3 ts_tanh!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x35)) $x629)))))
(assert
 (let (($x633 (= ts_tanh!3 ts_tanh!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x36)) $x633)))))
(assert
 (let (($x637 (= ts_tanh!4 ts_tanh!5)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (=> (and (= ?x28 ?x29)) $x637)))))
(assert
 (let (($x641 (= ts_tanh!4 ts_tanh!6)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (=> (and (= ?x28 ?x34)) $x641)))))
(assert
 (let (($x645 (= ts_tanh!4 ts_tanh!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (=> (and (= ?x28 ?x35)) $x645)))))
(assert
 (let (($x649 (= ts_tanh!4 ts_tanh!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (=> (and (= ?x28 ?x36)) $x649)))))
(assert
 (let (($x653 (= ts_tanh!5 ts_tanh!6)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (=> (and (= ?x29 ?x34)) $x653)))))
(assert
 (let (($x657 (= ts_tanh!5 ts_tanh!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (=> (and (= ?x29 ?x35)) $x657)))))
(assert
 (let (($x661 (= ts_tanh!5 ts_tanh!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (=> (and (= ?x29 ?x36)) $x661)))))
(assert
 (let (($x665 (= ts_tanh!6 ts_tanh!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (=> (and (= ?x34 ?x35)) $x665)))))
(assert
 (let (($x669 (= ts_tanh!6 ts_tanh!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (=> (and (= ?x34 ?x36)) $x669)))))
(assert
 (let (($x673 (= ts_tanh!7 ts_tanh!8)))
(let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
(let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
(=> (and (= ?x35 ?x36)) $x673)))))
(check-sat)
