; torchsmt obligation exp.interval_sound@3 (lemma, op exp, interval_sound)
; l <= x <= u -> lo <= f(x) <= hi at shapes ((3,),) (on the op's domain)
(set-info :source |torchsmt lemma exp.interval_sound@3 kind lemma|)
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
(declare-fun ts_exp!1 () Real)
(declare-fun ts_exp!0 () Real)
(declare-fun ts_exp!2 () Real)
(declare-fun ts_exp!3 () Real)
(declare-fun -inf! () Real)
(declare-fun ts_exp!4 () Real)
(declare-fun ts_exp!5 () Real)
(declare-fun ts_exp!6 () Real)
(declare-fun +inf! () Real)
(declare-fun ts_exp!7 () Real)
(declare-fun ts_exp!8 () Real)
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
 (=> $x61 (<= ts_exp!0 ts_exp!1))))
(assert
 (let (($x64 (<= x0_0 x0_2)))
 (=> $x64 (<= ts_exp!0 ts_exp!2))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x67 (<= x0_0 ?x27)))
 (=> $x67 (<= ts_exp!0 ts_exp!3)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x70 (<= x0_0 ?x28)))
 (=> $x70 (<= ts_exp!0 ts_exp!4)))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x73 (<= x0_0 ?x29)))
 (=> $x73 (<= ts_exp!0 ts_exp!5)))))
(assert
 (let (($x384 (<= ts_exp!0 ts_exp!6)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x76 (<= x0_0 ?x34)))
 (=> $x76 $x384)))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x78 (<= x0_0 ?x35)))
 (=> $x78 (<= ts_exp!0 ts_exp!7)))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x81 (<= x0_0 ?x36)))
 (=> $x81 (<= ts_exp!0 ts_exp!8)))))
(assert
 (let (($x84 (<= x0_1 x0_0)))
 (=> $x84 (<= ts_exp!1 ts_exp!0))))
(assert
 (let (($x87 (<= x0_1 x0_2)))
 (=> $x87 (<= ts_exp!1 ts_exp!2))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x90 (<= x0_1 ?x27)))
 (=> $x90 (<= ts_exp!1 ts_exp!3)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x93 (<= x0_1 ?x28)))
 (=> $x93 (<= ts_exp!1 ts_exp!4)))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x96 (<= x0_1 ?x29)))
 (=> $x96 (<= ts_exp!1 ts_exp!5)))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x99 (<= x0_1 ?x34)))
 (=> $x99 (<= ts_exp!1 ts_exp!6)))))
(assert
 (let (($x402 (<= ts_exp!1 ts_exp!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x102 (<= x0_1 ?x35)))
 (=> $x102 $x402)))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x104 (<= x0_1 ?x36)))
 (=> $x104 (<= ts_exp!1 ts_exp!8)))))
(assert
 (let (($x107 (<= x0_2 x0_0)))
 (=> $x107 (<= ts_exp!2 ts_exp!0))))
(assert
 (let (($x110 (<= x0_2 x0_1)))
 (=> $x110 (<= ts_exp!2 ts_exp!1))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x113 (<= x0_2 ?x27)))
 (=> $x113 (<= ts_exp!2 ts_exp!3)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x116 (<= x0_2 ?x28)))
 (=> $x116 (<= ts_exp!2 ts_exp!4)))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x119 (<= x0_2 ?x29)))
 (=> $x119 (<= ts_exp!2 ts_exp!5)))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x122 (<= x0_2 ?x34)))
 (=> $x122 (<= ts_exp!2 ts_exp!6)))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x125 (<= x0_2 ?x35)))
 (=> $x125 (<= ts_exp!2 ts_exp!7)))))
(assert
 (let (($x420 (<= ts_exp!2 ts_exp!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x128 (<= x0_2 ?x36)))
 (=> $x128 $x420)))))
(assert
 (let (($x422 (<= ts_exp!3 ts_exp!0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x130 (<= ?x27 x0_0)))
 (=> $x130 $x422)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x132 (<= ?x27 x0_1)))
 (=> $x132 (<= ts_exp!3 ts_exp!1)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x135 (<= ?x27 x0_2)))
 (=> $x135 (<= ts_exp!3 ts_exp!2)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x138 (<= ?x27 ?x28)))
 (=> $x138 (<= ts_exp!3 ts_exp!4))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x141 (<= ?x27 ?x29)))
 (=> $x141 (<= ts_exp!3 ts_exp!5))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x144 (<= ?x27 ?x34)))
 (=> $x144 (<= ts_exp!3 ts_exp!6))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x147 (<= ?x27 ?x35)))
 (=> $x147 (<= ts_exp!3 ts_exp!7))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x150 (<= ?x27 ?x36)))
 (=> $x150 (<= ts_exp!3 ts_exp!8))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x153 (<= ?x28 x0_0)))
 (=> $x153 (<= ts_exp!4 ts_exp!0)))))
(assert
 (let (($x440 (<= ts_exp!4 ts_exp!1)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x156 (<= ?x28 x0_1)))
 (=> $x156 $x440)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x158 (<= ?x28 x0_2)))
 (=> $x158 (<= ts_exp!4 ts_exp!2)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x161 (<= ?x28 ?x27)))
 (=> $x161 (<= ts_exp!4 ts_exp!3))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x164 (<= ?x28 ?x29)))
 (=> $x164 (<= ts_exp!4 ts_exp!5))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x167 (<= ?x28 ?x34)))
 (=> $x167 (<= ts_exp!4 ts_exp!6))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x170 (<= ?x28 ?x35)))
 (=> $x170 (<= ts_exp!4 ts_exp!7))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x173 (<= ?x28 ?x36)))
 (=> $x173 (<= ts_exp!4 ts_exp!8))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x176 (<= ?x29 x0_0)))
 (=> $x176 (<= ts_exp!5 ts_exp!0)))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x179 (<= ?x29 x0_1)))
 (=> $x179 (<= ts_exp!5 ts_exp!1)))))
(assert
 (let (($x458 (<= ts_exp!5 ts_exp!2)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x182 (<= ?x29 x0_2)))
 (=> $x182 $x458)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x184 (<= ?x29 ?x27)))
 (=> $x184 (<= ts_exp!5 ts_exp!3))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x187 (<= ?x29 ?x28)))
 (=> $x187 (<= ts_exp!5 ts_exp!4))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x190 (<= ?x29 ?x34)))
 (=> $x190 (<= ts_exp!5 ts_exp!6))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x193 (<= ?x29 ?x35)))
 (=> $x193 (<= ts_exp!5 ts_exp!7))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x196 (<= ?x29 ?x36)))
 (=> $x196 (<= ts_exp!5 ts_exp!8))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x199 (<= ?x34 x0_0)))
 (=> $x199 (<= ts_exp!6 ts_exp!0)))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x202 (<= ?x34 x0_1)))
 (=> $x202 (<= ts_exp!6 ts_exp!1)))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x205 (<= ?x34 x0_2)))
 (=> $x205 (<= ts_exp!6 ts_exp!2)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x208 (<= ?x34 ?x27)))
 (=> $x208 (<= ts_exp!6 ts_exp!3))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x211 (<= ?x34 ?x28)))
 (=> $x211 (<= ts_exp!6 ts_exp!4))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x214 (<= ?x34 ?x29)))
 (=> $x214 (<= ts_exp!6 ts_exp!5))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x217 (<= ?x34 ?x35)))
 (=> $x217 (<= ts_exp!6 ts_exp!7))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x220 (<= ?x34 ?x36)))
 (=> $x220 (<= ts_exp!6 ts_exp!8))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x223 (<= ?x35 x0_0)))
 (=> $x223 (<= ts_exp!7 ts_exp!0)))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x226 (<= ?x35 x0_1)))
 (=> $x226 (<= ts_exp!7 ts_exp!1)))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x229 (<= ?x35 x0_2)))
 (=> $x229 (<= ts_exp!7 ts_exp!2)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x232 (<= ?x35 ?x27)))
 (=> $x232 (<= ts_exp!7 ts_exp!3))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x235 (<= ?x35 ?x28)))
 (=> $x235 (<= ts_exp!7 ts_exp!4))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x238 (<= ?x35 ?x29)))
 (=> $x238 (<= ts_exp!7 ts_exp!5))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x241 (<= ?x35 ?x34)))
 (=> $x241 (<= ts_exp!7 ts_exp!6))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x244 (<= ?x35 ?x36)))
 (=> $x244 (<= ts_exp!7 ts_exp!8))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x247 (<= ?x36 x0_0)))
 (=> $x247 (<= ts_exp!8 ts_exp!0)))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x250 (<= ?x36 x0_1)))
 (=> $x250 (<= ts_exp!8 ts_exp!1)))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x253 (<= ?x36 x0_2)))
 (=> $x253 (<= ts_exp!8 ts_exp!2)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x256 (<= ?x36 ?x27)))
 (=> $x256 (<= ts_exp!8 ts_exp!3))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x259 (<= ?x36 ?x28)))
 (=> $x259 (<= ts_exp!8 ts_exp!4))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x262 (<= ?x36 ?x29)))
 (=> $x262 (<= ts_exp!8 ts_exp!5))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x265 (<= ?x36 ?x34)))
 (=> $x265 (<= ts_exp!8 ts_exp!6))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x268 (<= ?x36 ?x35)))
 (=> $x268 (<= ts_exp!8 ts_exp!7))))))
(assert
 (> ts_exp!0 0.0))
(assert
 (> ts_exp!1 0.0))
(assert
 (> ts_exp!2 0.0))
(assert
 (> ts_exp!3 0.0))
(assert
 (> ts_exp!4 0.0))
(assert
 (> ts_exp!5 0.0))
(assert
 (> ts_exp!6 0.0))
(assert
 (> ts_exp!7 0.0))
(assert
 (> ts_exp!8 0.0))
(assert
 (let (($x527 (<= ts_exp!0 1.0)))
 (let (($x281 (<= x0_0 0.0)))
 (=> $x281 $x527))))
(assert
 (let (($x529 (<= ts_exp!1 1.0)))
 (let (($x285 (<= x0_1 0.0)))
 (=> $x285 $x529))))
(assert
 (let (($x531 (<= ts_exp!2 1.0)))
 (let (($x288 (<= x0_2 0.0)))
 (=> $x288 $x531))))
(assert
 (let (($x533 (<= ts_exp!3 1.0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x291 (<= ?x27 0.0)))
 (=> $x291 $x533)))))
(assert
 (let (($x535 (<= ts_exp!4 1.0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x294 (<= ?x28 0.0)))
 (=> $x294 $x535)))))
(assert
 (let (($x537 (<= ts_exp!5 1.0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x297 (<= ?x29 0.0)))
 (=> $x297 $x537)))))
(assert
 (let (($x539 (<= ts_exp!6 1.0)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x300 (<= ?x34 0.0)))
 (=> $x300 $x539)))))
(assert
 (let (($x541 (<= ts_exp!7 1.0)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x303 (<= ?x35 0.0)))
 (=> $x303 $x541)))))
(assert
 (let (($x543 (<= ts_exp!8 1.0)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x306 (<= ?x36 0.0)))
 (=> $x306 $x543)))))
(assert
 (let (($x545 (>= ts_exp!0 1.0)))
 (let (($x309 (>= x0_0 0.0)))
 (=> $x309 $x545))))
(assert
 (let (($x547 (>= ts_exp!1 1.0)))
 (let (($x312 (>= x0_1 0.0)))
 (=> $x312 $x547))))
(assert
 (let (($x549 (>= ts_exp!2 1.0)))
 (let (($x315 (>= x0_2 0.0)))
 (=> $x315 $x549))))
(assert
 (let (($x551 (>= ts_exp!3 1.0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x318 (>= ?x27 0.0)))
 (=> $x318 $x551)))))
(assert
 (let (($x553 (>= ts_exp!4 1.0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x321 (>= ?x28 0.0)))
 (=> $x321 $x553)))))
(assert
 (let (($x555 (>= ts_exp!5 1.0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x324 (>= ?x29 0.0)))
 (=> $x324 $x555)))))
(assert
 (let (($x557 (>= ts_exp!6 1.0)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x327 (>= ?x34 0.0)))
 (=> $x327 $x557)))))
(assert
 (let (($x559 (>= ts_exp!7 1.0)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x330 (>= ?x35 0.0)))
 (=> $x330 $x559)))))
(assert
 (let (($x561 (>= ts_exp!8 1.0)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x333 (>= ?x36 0.0)))
 (=> $x333 $x561)))))
(assert
 (let (($x563 (= ts_exp!0 1.0)))
 (let (($x336 (= x0_0 0.0)))
 (=> $x336 $x563))))
(assert
 (let (($x565 (= ts_exp!1 1.0)))
 (let (($x339 (= x0_1 0.0)))
 (=> $x339 $x565))))
(assert
 (let (($x567 (= ts_exp!2 1.0)))
 (let (($x342 (= x0_2 0.0)))
 (=> $x342 $x567))))
(assert
 (let (($x569 (= ts_exp!3 1.0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x345 (= ?x27 0.0)))
 (=> $x345 $x569)))))
(assert
 (let (($x571 (= ts_exp!4 1.0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x348 (= ?x28 0.0)))
 (=> $x348 $x571)))))
(assert
 (let (($x573 (= ts_exp!5 1.0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x351 (= ?x29 0.0)))
 (=> $x351 $x573)))))
(assert
 (let (($x575 (= ts_exp!6 1.0)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x354 (= ?x34 0.0)))
 (=> $x354 $x575)))))
(assert
 (let (($x577 (= ts_exp!7 1.0)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x357 (= ?x35 0.0)))
 (=> $x357 $x577)))))
(assert
 (let (($x579 (= ts_exp!8 1.0)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x360 (= ?x36 0.0)))
 (=> $x360 $x579)))))
(assert
 (not (or (= ts_exp!3 -inf!) (<= ts_exp!3 ts_exp!0))))
(assert
 (let (($x586 (= ts_exp!0 ts_exp!1)))
 (=> (and (= x0_0 x0_1)) $x586)))
(assert
 (let (($x590 (= ts_exp!0 ts_exp!2)))
 (=> (and (= x0_0 x0_2)) $x590)))
(assert
 (let (($x594 (= ts_exp!0 ts_exp!3)))
 (=> (and (= x0_0 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0))) $x594)))
(assert
 (let (($x598 (= ts_exp!0 ts_exp!4)))
 (=> (and (= x0_0 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1))) $x598)))
(assert
 (let (($x602 (= ts_exp!0 ts_exp!5)))
 (=> (and (= x0_0 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2))) $x602)))
(assert
 (let (($x606 (= ts_exp!0 ts_exp!6)))
 (=> (and (= x0_0 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0))) $x606)))
(assert
 (let (($x610 (= ts_exp!0 ts_exp!7)))
 (=> (and (= x0_0 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1))) $x610)))
(assert
 (let (($x614 (= ts_exp!0 ts_exp!8)))
 (=> (and (= x0_0 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2))) $x614)))
(assert
 (let (($x618 (= ts_exp!1 ts_exp!2)))
 (=> (and (= x0_1 x0_2)) $x618)))
(assert
 (let (($x622 (= ts_exp!1 ts_exp!3)))
 (=> (and (= x0_1 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0))) $x622)))
(assert
 (let (($x626 (= ts_exp!1 ts_exp!4)))
 (=> (and (= x0_1 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1))) $x626)))
(assert
 (let (($x630 (= ts_exp!1 ts_exp!5)))
 (=> (and (= x0_1 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2))) $x630)))
(assert
 (let (($x634 (= ts_exp!1 ts_exp!6)))
 (=> (and (= x0_1 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0))) $x634)))
(assert
 (let (($x638 (= ts_exp!1 ts_exp!7)))
 (=> (and (= x0_1 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1))) $x638)))
(assert
 (let (($x642 (= ts_exp!1 ts_exp!8)))
 (=> (and (= x0_1 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2))) $x642)))
(assert
 (let (($x646 (= ts_exp!2 ts_exp!3)))
 (=> (and (= x0_2 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0))) $x646)))
(assert
 (let (($x650 (= ts_exp!2 ts_exp!4)))
 (=> (and (= x0_2 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1))) $x650)))
(assert
 (let (($x654 (= ts_exp!2 ts_exp!5)))
 (=> (and (= x0_2 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2))) $x654)))
(assert
 (let (($x658 (= ts_exp!2 ts_exp!6)))
 (=> (and (= x0_2 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0))) $x658)))
(assert
 (let (($x662 (= ts_exp!2 ts_exp!7)))
 (=> (and (= x0_2 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1))) $x662)))
(assert
 (let (($x666 (= ts_exp!2 ts_exp!8)))
 (=> (and (= x0_2 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2))) $x666)))
(assert
 (let (($x670 (= ts_exp!3 ts_exp!4)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x28)) $x670)))))
(assert
 (let (($x674 (= ts_exp!3 ts_exp!5)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x29)) $x674)))))
(assert
 (let (($x678 (= ts_exp!3 ts_exp!6)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x34)) $x678)))))
(assert
 (let (($x682 (= ts_exp!3 ts_exp!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x35)) $x682)))))
(assert
 (let (($x686 (= ts_exp!3 ts_exp!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x36)) $x686)))))
(assert
 (let (($x690 (= ts_exp!4 ts_exp!5)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (=> (and (= ?x28 ?x29)) $x690)))))
(assert
 (let (($x694 (= ts_exp!4 ts_exp!6)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (=> (and (= ?x28 ?x34)) $x694)))))
(assert
 (let (($x698 (= ts_exp!4 ts_exp!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (=> (and (= ?x28 ?x35)) $x698)))))
(assert
 (let (($x702 (= ts_exp!4 ts_exp!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (=> (and (= ?x28 ?x36)) $x702)))))
(assert
 (let (($x706 (= ts_exp!5 ts_exp!6)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (=> (and (= ?x29 ?x34)) $x706)))))
(assert
 (let (($x710 (= ts_exp!5 ts_exp!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (=> (and (= ?x29 ?x35)) $x710)))))
(assert
 (let (($x714 (= ts_exp!5 ts_exp!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (=> (and (= ?x29 ?x36)) $x714)))))
(assert
 (let (($x718 (= ts_exp!6 ts_exp!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (=> (and (= ?x34 ?x35)) $x718)))))
(assert
 (let (($x722 (= ts_exp!6 ts_exp!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (=> (and (= ?x34 ?x36)) $x722)))))
(assert
 (let (($x726 (= ts_exp!7 ts_exp!8)))
(let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
(let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
(=> (and (= ?x35 ?x36)) $x726)))))
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
(declare-fun ts_exp!1 () Real)
(declare-fun ts_exp!0 () Real)
(declare-fun ts_exp!2 () Real)
(declare-fun ts_exp!3 () Real)
(declare-fun -inf! () Real)
(declare-fun ts_exp!4 () Real)
(declare-fun ts_exp!5 () Real)
(declare-fun ts_exp!6 () Real)
(declare-fun +inf! () Real)
(declare-fun ts_exp!7 () Real)
(declare-fun ts_exp!8 () Real)
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
 (=> $x61 (<= ts_exp!0 ts_exp!1))))
(assert
 (let (($x64 (<= x0_0 x0_2)))
 (=> $x64 (<= ts_exp!0 ts_exp!2))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x67 (<= x0_0 ?x27)))
 (=> $x67 (<= ts_exp!0 ts_exp!3)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x70 (<= x0_0 ?x28)))
 (=> $x70 (<= ts_exp!0 ts_exp!4)))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x73 (<= x0_0 ?x29)))
 (=> $x73 (<= ts_exp!0 ts_exp!5)))))
(assert
 (let (($x384 (<= ts_exp!0 ts_exp!6)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x76 (<= x0_0 ?x34)))
 (=> $x76 $x384)))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x78 (<= x0_0 ?x35)))
 (=> $x78 (<= ts_exp!0 ts_exp!7)))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x81 (<= x0_0 ?x36)))
 (=> $x81 (<= ts_exp!0 ts_exp!8)))))
(assert
 (let (($x84 (<= x0_1 x0_0)))
 (=> $x84 (<= ts_exp!1 ts_exp!0))))
(assert
 (let (($x87 (<= x0_1 x0_2)))
 (=> $x87 (<= ts_exp!1 ts_exp!2))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x90 (<= x0_1 ?x27)))
 (=> $x90 (<= ts_exp!1 ts_exp!3)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x93 (<= x0_1 ?x28)))
 (=> $x93 (<= ts_exp!1 ts_exp!4)))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x96 (<= x0_1 ?x29)))
 (=> $x96 (<= ts_exp!1 ts_exp!5)))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x99 (<= x0_1 ?x34)))
 (=> $x99 (<= ts_exp!1 ts_exp!6)))))
(assert
 (let (($x402 (<= ts_exp!1 ts_exp!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x102 (<= x0_1 ?x35)))
 (=> $x102 $x402)))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x104 (<= x0_1 ?x36)))
 (=> $x104 (<= ts_exp!1 ts_exp!8)))))
(assert
 (let (($x107 (<= x0_2 x0_0)))
 (=> $x107 (<= ts_exp!2 ts_exp!0))))
(assert
 (let (($x110 (<= x0_2 x0_1)))
 (=> $x110 (<= ts_exp!2 ts_exp!1))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x113 (<= x0_2 ?x27)))
 (=> $x113 (<= ts_exp!2 ts_exp!3)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x116 (<= x0_2 ?x28)))
 (=> $x116 (<= ts_exp!2 ts_exp!4)))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x119 (<= x0_2 ?x29)))
 (=> $x119 (<= ts_exp!2 ts_exp!5)))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x122 (<= x0_2 ?x34)))
 (=> $x122 (<= ts_exp!2 ts_exp!6)))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x125 (<= x0_2 ?x35)))
 (=> $x125 (<= ts_exp!2 ts_exp!7)))))
(assert
 (let (($x420 (<= ts_exp!2 ts_exp!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x128 (<= x0_2 ?x36)))
 (=> $x128 $x420)))))
(assert
 (let (($x422 (<= ts_exp!3 ts_exp!0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x130 (<= ?x27 x0_0)))
 (=> $x130 $x422)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x132 (<= ?x27 x0_1)))
 (=> $x132 (<= ts_exp!3 ts_exp!1)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x135 (<= ?x27 x0_2)))
 (=> $x135 (<= ts_exp!3 ts_exp!2)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x138 (<= ?x27 ?x28)))
 (=> $x138 (<= ts_exp!3 ts_exp!4))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x141 (<= ?x27 ?x29)))
 (=> $x141 (<= ts_exp!3 ts_exp!5))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x144 (<= ?x27 ?x34)))
 (=> $x144 (<= ts_exp!3 ts_exp!6))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x147 (<= ?x27 ?x35)))
 (=> $x147 (<= ts_exp!3 ts_exp!7))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x150 (<= ?x27 ?x36)))
 (=> $x150 (<= ts_exp!3 ts_exp!8))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x153 (<= ?x28 x0_0)))
 (=> $x153 (<= ts_exp!4 ts_exp!0)))))
(assert
 (let (($x440 (<= ts_exp!4 ts_exp!1)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x156 (<= ?x28 x0_1)))
 (=> $x156 $x440)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x158 (<= ?x28 x0_2)))
 (=> $x158 (<= ts_exp!4 ts_exp!2)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x161 (<= ?x28 ?x27)))
 (=> $x161 (<= ts_exp!4 ts_exp!3))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x164 (<= ?x28 ?x29)))
 (=> $x164 (<= ts_exp!4 ts_exp!5))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x167 (<= ?x28 ?x34)))
 (=> $x167 (<= ts_exp!4 ts_exp!6))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x170 (<= ?x28 ?x35)))
 (=> $x170 (<= ts_exp!4 ts_exp!7))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x173 (<= ?x28 ?x36)))
 (=> $x173 (<= ts_exp!4 ts_exp!8))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x176 (<= ?x29 x0_0)))
 (=> $x176 (<= ts_exp!5 ts_exp!0)))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x179 (<= ?x29 x0_1)))
 (=> $x179 (<= ts_exp!5 ts_exp!1)))))
(assert
 (let (($x458 (<= ts_exp!5 ts_exp!2)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x182 (<= ?x29 x0_2)))
 (=> $x182 $x458)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x184 (<= ?x29 ?x27)))
 (=> $x184 (<= ts_exp!5 ts_exp!3))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x187 (<= ?x29 ?x28)))
 (=> $x187 (<= ts_exp!5 ts_exp!4))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x190 (<= ?x29 ?x34)))
 (=> $x190 (<= ts_exp!5 ts_exp!6))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x193 (<= ?x29 ?x35)))
 (=> $x193 (<= ts_exp!5 ts_exp!7))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x196 (<= ?x29 ?x36)))
 (=> $x196 (<= ts_exp!5 ts_exp!8))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x199 (<= ?x34 x0_0)))
 (=> $x199 (<= ts_exp!6 ts_exp!0)))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x202 (<= ?x34 x0_1)))
 (=> $x202 (<= ts_exp!6 ts_exp!1)))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x205 (<= ?x34 x0_2)))
 (=> $x205 (<= ts_exp!6 ts_exp!2)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x208 (<= ?x34 ?x27)))
 (=> $x208 (<= ts_exp!6 ts_exp!3))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x211 (<= ?x34 ?x28)))
 (=> $x211 (<= ts_exp!6 ts_exp!4))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x214 (<= ?x34 ?x29)))
 (=> $x214 (<= ts_exp!6 ts_exp!5))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x217 (<= ?x34 ?x35)))
 (=> $x217 (<= ts_exp!6 ts_exp!7))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x220 (<= ?x34 ?x36)))
 (=> $x220 (<= ts_exp!6 ts_exp!8))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x223 (<= ?x35 x0_0)))
 (=> $x223 (<= ts_exp!7 ts_exp!0)))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x226 (<= ?x35 x0_1)))
 (=> $x226 (<= ts_exp!7 ts_exp!1)))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x229 (<= ?x35 x0_2)))
 (=> $x229 (<= ts_exp!7 ts_exp!2)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x232 (<= ?x35 ?x27)))
 (=> $x232 (<= ts_exp!7 ts_exp!3))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x235 (<= ?x35 ?x28)))
 (=> $x235 (<= ts_exp!7 ts_exp!4))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x238 (<= ?x35 ?x29)))
 (=> $x238 (<= ts_exp!7 ts_exp!5))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x241 (<= ?x35 ?x34)))
 (=> $x241 (<= ts_exp!7 ts_exp!6))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x244 (<= ?x35 ?x36)))
 (=> $x244 (<= ts_exp!7 ts_exp!8))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x247 (<= ?x36 x0_0)))
 (=> $x247 (<= ts_exp!8 ts_exp!0)))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x250 (<= ?x36 x0_1)))
 (=> $x250 (<= ts_exp!8 ts_exp!1)))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x253 (<= ?x36 x0_2)))
 (=> $x253 (<= ts_exp!8 ts_exp!2)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x256 (<= ?x36 ?x27)))
 (=> $x256 (<= ts_exp!8 ts_exp!3))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x259 (<= ?x36 ?x28)))
 (=> $x259 (<= ts_exp!8 ts_exp!4))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x262 (<= ?x36 ?x29)))
 (=> $x262 (<= ts_exp!8 ts_exp!5))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x265 (<= ?x36 ?x34)))
 (=> $x265 (<= ts_exp!8 ts_exp!6))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x268 (<= ?x36 ?x35)))
 (=> $x268 (<= ts_exp!8 ts_exp!7))))))
(assert
 (> ts_exp!0 0.0))
(assert
 (> ts_exp!1 0.0))
(assert
 (> ts_exp!2 0.0))
(assert
 (> ts_exp!3 0.0))
(assert
 (> ts_exp!4 0.0))
(assert
 (> ts_exp!5 0.0))
(assert
 (> ts_exp!6 0.0))
(assert
 (> ts_exp!7 0.0))
(assert
 (> ts_exp!8 0.0))
(assert
 (let (($x527 (<= ts_exp!0 1.0)))
 (let (($x281 (<= x0_0 0.0)))
 (=> $x281 $x527))))
(assert
 (let (($x529 (<= ts_exp!1 1.0)))
 (let (($x285 (<= x0_1 0.0)))
 (=> $x285 $x529))))
(assert
 (let (($x531 (<= ts_exp!2 1.0)))
 (let (($x288 (<= x0_2 0.0)))
 (=> $x288 $x531))))
(assert
 (let (($x533 (<= ts_exp!3 1.0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x291 (<= ?x27 0.0)))
 (=> $x291 $x533)))))
(assert
 (let (($x535 (<= ts_exp!4 1.0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x294 (<= ?x28 0.0)))
 (=> $x294 $x535)))))
(assert
 (let (($x537 (<= ts_exp!5 1.0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x297 (<= ?x29 0.0)))
 (=> $x297 $x537)))))
(assert
 (let (($x539 (<= ts_exp!6 1.0)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x300 (<= ?x34 0.0)))
 (=> $x300 $x539)))))
(assert
 (let (($x541 (<= ts_exp!7 1.0)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x303 (<= ?x35 0.0)))
 (=> $x303 $x541)))))
(assert
 (let (($x543 (<= ts_exp!8 1.0)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x306 (<= ?x36 0.0)))
 (=> $x306 $x543)))))
(assert
 (let (($x545 (>= ts_exp!0 1.0)))
 (let (($x309 (>= x0_0 0.0)))
 (=> $x309 $x545))))
(assert
 (let (($x547 (>= ts_exp!1 1.0)))
 (let (($x312 (>= x0_1 0.0)))
 (=> $x312 $x547))))
(assert
 (let (($x549 (>= ts_exp!2 1.0)))
 (let (($x315 (>= x0_2 0.0)))
 (=> $x315 $x549))))
(assert
 (let (($x551 (>= ts_exp!3 1.0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x318 (>= ?x27 0.0)))
 (=> $x318 $x551)))))
(assert
 (let (($x553 (>= ts_exp!4 1.0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x321 (>= ?x28 0.0)))
 (=> $x321 $x553)))))
(assert
 (let (($x555 (>= ts_exp!5 1.0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x324 (>= ?x29 0.0)))
 (=> $x324 $x555)))))
(assert
 (let (($x557 (>= ts_exp!6 1.0)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x327 (>= ?x34 0.0)))
 (=> $x327 $x557)))))
(assert
 (let (($x559 (>= ts_exp!7 1.0)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x330 (>= ?x35 0.0)))
 (=> $x330 $x559)))))
(assert
 (let (($x561 (>= ts_exp!8 1.0)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x333 (>= ?x36 0.0)))
 (=> $x333 $x561)))))
(assert
 (let (($x563 (= ts_exp!0 1.0)))
 (let (($x336 (= x0_0 0.0)))
 (=> $x336 $x563))))
(assert
 (let (($x565 (= ts_exp!1 1.0)))
 (let (($x339 (= x0_1 0.0)))
 (=> $x339 $x565))))
(assert
 (let (($x567 (= ts_exp!2 1.0)))
 (let (($x342 (= x0_2 0.0)))
 (=> $x342 $x567))))
(assert
 (let (($x569 (= ts_exp!3 1.0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x345 (= ?x27 0.0)))
 (=> $x345 $x569)))))
(assert
 (let (($x571 (= ts_exp!4 1.0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x348 (= ?x28 0.0)))
 (=> $x348 $x571)))))
(assert
 (let (($x573 (= ts_exp!5 1.0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x351 (= ?x29 0.0)))
 (=> $x351 $x573)))))
(assert
 (let (($x575 (= ts_exp!6 1.0)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x354 (= ?x34 0.0)))
 (=> $x354 $x575)))))
(assert
 (let (($x577 (= ts_exp!7 1.0)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x357 (= ?x35 0.0)))
 (=> $x357 $x577)))))
(assert
 (let (($x579 (= ts_exp!8 1.0)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x360 (= ?x36 0.0)))
 (=> $x360 $x579)))))
(assert
 (not (or (= ts_exp!6 +inf!) (<= ts_exp!0 ts_exp!6))))
(assert
 (let (($x586 (= ts_exp!0 ts_exp!1)))
 (=> (and (= x0_0 x0_1)) $x586)))
(assert
 (let (($x590 (= ts_exp!0 ts_exp!2)))
 (=> (and (= x0_0 x0_2)) $x590)))
(assert
 (let (($x594 (= ts_exp!0 ts_exp!3)))
 (=> (and (= x0_0 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0))) $x594)))
(assert
 (let (($x598 (= ts_exp!0 ts_exp!4)))
 (=> (and (= x0_0 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1))) $x598)))
(assert
 (let (($x602 (= ts_exp!0 ts_exp!5)))
 (=> (and (= x0_0 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2))) $x602)))
(assert
 (let (($x606 (= ts_exp!0 ts_exp!6)))
 (=> (and (= x0_0 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0))) $x606)))
(assert
 (let (($x610 (= ts_exp!0 ts_exp!7)))
 (=> (and (= x0_0 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1))) $x610)))
(assert
 (let (($x614 (= ts_exp!0 ts_exp!8)))
 (=> (and (= x0_0 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2))) $x614)))
(assert
 (let (($x618 (= ts_exp!1 ts_exp!2)))
 (=> (and (= x0_1 x0_2)) $x618)))
(assert
 (let (($x622 (= ts_exp!1 ts_exp!3)))
 (=> (and (= x0_1 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0))) $x622)))
(assert
 (let (($x626 (= ts_exp!1 ts_exp!4)))
 (=> (and (= x0_1 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1))) $x626)))
(assert
 (let (($x630 (= ts_exp!1 ts_exp!5)))
 (=> (and (= x0_1 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2))) $x630)))
(assert
 (let (($x634 (= ts_exp!1 ts_exp!6)))
 (=> (and (= x0_1 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0))) $x634)))
(assert
 (let (($x638 (= ts_exp!1 ts_exp!7)))
 (=> (and (= x0_1 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1))) $x638)))
(assert
 (let (($x642 (= ts_exp!1 ts_exp!8)))
 (=> (and (= x0_1 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2))) $x642)))
(assert
 (let (($x646 (= ts_exp!2 ts_exp!3)))
 (=> (and (= x0_2 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0))) $x646)))
(assert
 (let (($x650 (= ts_exp!2 ts_exp!4)))
 (=> (and (= x0_2 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1))) $x650)))
(assert
 (let (($x654 (= ts_exp!2 ts_exp!5)))
 (=> (and (= x0_2 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2))) $x654)))
(assert
 (let (($x658 (= ts_exp!2 ts_exp!6)))
 (=> (and (= x0_2 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0))) $x658)))
(assert
 (let (($x662 (= ts_exp!2 ts_exp!7)))
 (=> (and (= x0_2 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1))) $x662)))
(assert
 (let (($x666 (= ts_exp!2 ts_exp!8)))
 (=> (and (= x0_2 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2))) $x666)))
(assert
 (let (($x670 (= ts_exp!3 ts_exp!4)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x28)) $x670)))))
(assert
 (let (($x674 (= ts_exp!3 ts_exp!5)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x29)) $x674)))))
(assert
 (let (($x678 (= ts_exp!3 ts_exp!6)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x34)) $x678)))))
(assert
 (let (($x682 (= ts_exp!3 ts_exp!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x35)) $x682)))))
(assert
 (let (($x686 (= ts_exp!3 ts_exp!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x36)) $x686)))))
(assert
 (let (($x690 (= ts_exp!4 ts_exp!5)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (=> (and (= ?x28 ?x29)) $x690)))))
(assert
 (let (($x694 (= ts_exp!4 ts_exp!6)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (=> (and (= ?x28 ?x34)) $x694)))))
(assert
 (let (($x698 (= ts_exp!4 ts_exp!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (=> (and (= ?x28 ?x35)) $x698)))))
(assert
 (let (($x702 (= ts_exp!4 ts_exp!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (=> (and (= ?x28 ?x36)) $x702)))))
(assert
 (let (($x706 (= ts_exp!5 ts_exp!6)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (=> (and (= ?x29 ?x34)) $x706)))))
(assert
 (let (($x710 (= ts_exp!5 ts_exp!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (=> (and (= ?x29 ?x35)) $x710)))))
(assert
 (let (($x714 (= ts_exp!5 ts_exp!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (=> (and (= ?x29 ?x36)) $x714)))))
(assert
 (let (($x718 (= ts_exp!6 ts_exp!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (=> (and (= ?x34 ?x35)) $x718)))))
(assert
 (let (($x722 (= ts_exp!6 ts_exp!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (=> (and (= ?x34 ?x36)) $x722)))))
(assert
 (let (($x726 (= ts_exp!7 ts_exp!8)))
(let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
(let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
(=> (and (= ?x35 ?x36)) $x726)))))
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
(declare-fun ts_exp!1 () Real)
(declare-fun ts_exp!0 () Real)
(declare-fun ts_exp!2 () Real)
(declare-fun ts_exp!3 () Real)
(declare-fun -inf! () Real)
(declare-fun ts_exp!4 () Real)
(declare-fun ts_exp!5 () Real)
(declare-fun ts_exp!6 () Real)
(declare-fun +inf! () Real)
(declare-fun ts_exp!7 () Real)
(declare-fun ts_exp!8 () Real)
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
 (=> $x61 (<= ts_exp!0 ts_exp!1))))
(assert
 (let (($x64 (<= x0_0 x0_2)))
 (=> $x64 (<= ts_exp!0 ts_exp!2))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x67 (<= x0_0 ?x27)))
 (=> $x67 (<= ts_exp!0 ts_exp!3)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x70 (<= x0_0 ?x28)))
 (=> $x70 (<= ts_exp!0 ts_exp!4)))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x73 (<= x0_0 ?x29)))
 (=> $x73 (<= ts_exp!0 ts_exp!5)))))
(assert
 (let (($x384 (<= ts_exp!0 ts_exp!6)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x76 (<= x0_0 ?x34)))
 (=> $x76 $x384)))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x78 (<= x0_0 ?x35)))
 (=> $x78 (<= ts_exp!0 ts_exp!7)))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x81 (<= x0_0 ?x36)))
 (=> $x81 (<= ts_exp!0 ts_exp!8)))))
(assert
 (let (($x84 (<= x0_1 x0_0)))
 (=> $x84 (<= ts_exp!1 ts_exp!0))))
(assert
 (let (($x87 (<= x0_1 x0_2)))
 (=> $x87 (<= ts_exp!1 ts_exp!2))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x90 (<= x0_1 ?x27)))
 (=> $x90 (<= ts_exp!1 ts_exp!3)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x93 (<= x0_1 ?x28)))
 (=> $x93 (<= ts_exp!1 ts_exp!4)))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x96 (<= x0_1 ?x29)))
 (=> $x96 (<= ts_exp!1 ts_exp!5)))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x99 (<= x0_1 ?x34)))
 (=> $x99 (<= ts_exp!1 ts_exp!6)))))
(assert
 (let (($x402 (<= ts_exp!1 ts_exp!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x102 (<= x0_1 ?x35)))
 (=> $x102 $x402)))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x104 (<= x0_1 ?x36)))
 (=> $x104 (<= ts_exp!1 ts_exp!8)))))
(assert
 (let (($x107 (<= x0_2 x0_0)))
 (=> $x107 (<= ts_exp!2 ts_exp!0))))
(assert
 (let (($x110 (<= x0_2 x0_1)))
 (=> $x110 (<= ts_exp!2 ts_exp!1))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x113 (<= x0_2 ?x27)))
 (=> $x113 (<= ts_exp!2 ts_exp!3)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x116 (<= x0_2 ?x28)))
 (=> $x116 (<= ts_exp!2 ts_exp!4)))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x119 (<= x0_2 ?x29)))
 (=> $x119 (<= ts_exp!2 ts_exp!5)))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x122 (<= x0_2 ?x34)))
 (=> $x122 (<= ts_exp!2 ts_exp!6)))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x125 (<= x0_2 ?x35)))
 (=> $x125 (<= ts_exp!2 ts_exp!7)))))
(assert
 (let (($x420 (<= ts_exp!2 ts_exp!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x128 (<= x0_2 ?x36)))
 (=> $x128 $x420)))))
(assert
 (let (($x422 (<= ts_exp!3 ts_exp!0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x130 (<= ?x27 x0_0)))
 (=> $x130 $x422)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x132 (<= ?x27 x0_1)))
 (=> $x132 (<= ts_exp!3 ts_exp!1)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x135 (<= ?x27 x0_2)))
 (=> $x135 (<= ts_exp!3 ts_exp!2)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x138 (<= ?x27 ?x28)))
 (=> $x138 (<= ts_exp!3 ts_exp!4))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x141 (<= ?x27 ?x29)))
 (=> $x141 (<= ts_exp!3 ts_exp!5))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x144 (<= ?x27 ?x34)))
 (=> $x144 (<= ts_exp!3 ts_exp!6))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x147 (<= ?x27 ?x35)))
 (=> $x147 (<= ts_exp!3 ts_exp!7))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x150 (<= ?x27 ?x36)))
 (=> $x150 (<= ts_exp!3 ts_exp!8))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x153 (<= ?x28 x0_0)))
 (=> $x153 (<= ts_exp!4 ts_exp!0)))))
(assert
 (let (($x440 (<= ts_exp!4 ts_exp!1)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x156 (<= ?x28 x0_1)))
 (=> $x156 $x440)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x158 (<= ?x28 x0_2)))
 (=> $x158 (<= ts_exp!4 ts_exp!2)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x161 (<= ?x28 ?x27)))
 (=> $x161 (<= ts_exp!4 ts_exp!3))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x164 (<= ?x28 ?x29)))
 (=> $x164 (<= ts_exp!4 ts_exp!5))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x167 (<= ?x28 ?x34)))
 (=> $x167 (<= ts_exp!4 ts_exp!6))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x170 (<= ?x28 ?x35)))
 (=> $x170 (<= ts_exp!4 ts_exp!7))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x173 (<= ?x28 ?x36)))
 (=> $x173 (<= ts_exp!4 ts_exp!8))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x176 (<= ?x29 x0_0)))
 (=> $x176 (<= ts_exp!5 ts_exp!0)))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x179 (<= ?x29 x0_1)))
 (=> $x179 (<= ts_exp!5 ts_exp!1)))))
(assert
 (let (($x458 (<= ts_exp!5 ts_exp!2)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x182 (<= ?x29 x0_2)))
 (=> $x182 $x458)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x184 (<= ?x29 ?x27)))
 (=> $x184 (<= ts_exp!5 ts_exp!3))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x187 (<= ?x29 ?x28)))
 (=> $x187 (<= ts_exp!5 ts_exp!4))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x190 (<= ?x29 ?x34)))
 (=> $x190 (<= ts_exp!5 ts_exp!6))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x193 (<= ?x29 ?x35)))
 (=> $x193 (<= ts_exp!5 ts_exp!7))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x196 (<= ?x29 ?x36)))
 (=> $x196 (<= ts_exp!5 ts_exp!8))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x199 (<= ?x34 x0_0)))
 (=> $x199 (<= ts_exp!6 ts_exp!0)))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x202 (<= ?x34 x0_1)))
 (=> $x202 (<= ts_exp!6 ts_exp!1)))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x205 (<= ?x34 x0_2)))
 (=> $x205 (<= ts_exp!6 ts_exp!2)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x208 (<= ?x34 ?x27)))
 (=> $x208 (<= ts_exp!6 ts_exp!3))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x211 (<= ?x34 ?x28)))
 (=> $x211 (<= ts_exp!6 ts_exp!4))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x214 (<= ?x34 ?x29)))
 (=> $x214 (<= ts_exp!6 ts_exp!5))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x217 (<= ?x34 ?x35)))
 (=> $x217 (<= ts_exp!6 ts_exp!7))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x220 (<= ?x34 ?x36)))
 (=> $x220 (<= ts_exp!6 ts_exp!8))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x223 (<= ?x35 x0_0)))
 (=> $x223 (<= ts_exp!7 ts_exp!0)))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x226 (<= ?x35 x0_1)))
 (=> $x226 (<= ts_exp!7 ts_exp!1)))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x229 (<= ?x35 x0_2)))
 (=> $x229 (<= ts_exp!7 ts_exp!2)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x232 (<= ?x35 ?x27)))
 (=> $x232 (<= ts_exp!7 ts_exp!3))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x235 (<= ?x35 ?x28)))
 (=> $x235 (<= ts_exp!7 ts_exp!4))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x238 (<= ?x35 ?x29)))
 (=> $x238 (<= ts_exp!7 ts_exp!5))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x241 (<= ?x35 ?x34)))
 (=> $x241 (<= ts_exp!7 ts_exp!6))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x244 (<= ?x35 ?x36)))
 (=> $x244 (<= ts_exp!7 ts_exp!8))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x247 (<= ?x36 x0_0)))
 (=> $x247 (<= ts_exp!8 ts_exp!0)))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x250 (<= ?x36 x0_1)))
 (=> $x250 (<= ts_exp!8 ts_exp!1)))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x253 (<= ?x36 x0_2)))
 (=> $x253 (<= ts_exp!8 ts_exp!2)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x256 (<= ?x36 ?x27)))
 (=> $x256 (<= ts_exp!8 ts_exp!3))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x259 (<= ?x36 ?x28)))
 (=> $x259 (<= ts_exp!8 ts_exp!4))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x262 (<= ?x36 ?x29)))
 (=> $x262 (<= ts_exp!8 ts_exp!5))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x265 (<= ?x36 ?x34)))
 (=> $x265 (<= ts_exp!8 ts_exp!6))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x268 (<= ?x36 ?x35)))
 (=> $x268 (<= ts_exp!8 ts_exp!7))))))
(assert
 (> ts_exp!0 0.0))
(assert
 (> ts_exp!1 0.0))
(assert
 (> ts_exp!2 0.0))
(assert
 (> ts_exp!3 0.0))
(assert
 (> ts_exp!4 0.0))
(assert
 (> ts_exp!5 0.0))
(assert
 (> ts_exp!6 0.0))
(assert
 (> ts_exp!7 0.0))
(assert
 (> ts_exp!8 0.0))
(assert
 (let (($x527 (<= ts_exp!0 1.0)))
 (let (($x281 (<= x0_0 0.0)))
 (=> $x281 $x527))))
(assert
 (let (($x529 (<= ts_exp!1 1.0)))
 (let (($x285 (<= x0_1 0.0)))
 (=> $x285 $x529))))
(assert
 (let (($x531 (<= ts_exp!2 1.0)))
 (let (($x288 (<= x0_2 0.0)))
 (=> $x288 $x531))))
(assert
 (let (($x533 (<= ts_exp!3 1.0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x291 (<= ?x27 0.0)))
 (=> $x291 $x533)))))
(assert
 (let (($x535 (<= ts_exp!4 1.0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x294 (<= ?x28 0.0)))
 (=> $x294 $x535)))))
(assert
 (let (($x537 (<= ts_exp!5 1.0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x297 (<= ?x29 0.0)))
 (=> $x297 $x537)))))
(assert
 (let (($x539 (<= ts_exp!6 1.0)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x300 (<= ?x34 0.0)))
 (=> $x300 $x539)))))
(assert
 (let (($x541 (<= ts_exp!7 1.0)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x303 (<= ?x35 0.0)))
 (=> $x303 $x541)))))
(assert
 (let (($x543 (<= ts_exp!8 1.0)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x306 (<= ?x36 0.0)))
 (=> $x306 $x543)))))
(assert
 (let (($x545 (>= ts_exp!0 1.0)))
 (let (($x309 (>= x0_0 0.0)))
 (=> $x309 $x545))))
(assert
 (let (($x547 (>= ts_exp!1 1.0)))
 (let (($x312 (>= x0_1 0.0)))
 (=> $x312 $x547))))
(assert
 (let (($x549 (>= ts_exp!2 1.0)))
 (let (($x315 (>= x0_2 0.0)))
 (=> $x315 $x549))))
(assert
 (let (($x551 (>= ts_exp!3 1.0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x318 (>= ?x27 0.0)))
 (=> $x318 $x551)))))
(assert
 (let (($x553 (>= ts_exp!4 1.0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x321 (>= ?x28 0.0)))
 (=> $x321 $x553)))))
(assert
 (let (($x555 (>= ts_exp!5 1.0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x324 (>= ?x29 0.0)))
 (=> $x324 $x555)))))
(assert
 (let (($x557 (>= ts_exp!6 1.0)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x327 (>= ?x34 0.0)))
 (=> $x327 $x557)))))
(assert
 (let (($x559 (>= ts_exp!7 1.0)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x330 (>= ?x35 0.0)))
 (=> $x330 $x559)))))
(assert
 (let (($x561 (>= ts_exp!8 1.0)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x333 (>= ?x36 0.0)))
 (=> $x333 $x561)))))
(assert
 (let (($x563 (= ts_exp!0 1.0)))
 (let (($x336 (= x0_0 0.0)))
 (=> $x336 $x563))))
(assert
 (let (($x565 (= ts_exp!1 1.0)))
 (let (($x339 (= x0_1 0.0)))
 (=> $x339 $x565))))
(assert
 (let (($x567 (= ts_exp!2 1.0)))
 (let (($x342 (= x0_2 0.0)))
 (=> $x342 $x567))))
(assert
 (let (($x569 (= ts_exp!3 1.0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x345 (= ?x27 0.0)))
 (=> $x345 $x569)))))
(assert
 (let (($x571 (= ts_exp!4 1.0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x348 (= ?x28 0.0)))
 (=> $x348 $x571)))))
(assert
 (let (($x573 (= ts_exp!5 1.0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x351 (= ?x29 0.0)))
 (=> $x351 $x573)))))
(assert
 (let (($x575 (= ts_exp!6 1.0)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x354 (= ?x34 0.0)))
 (=> $x354 $x575)))))
(assert
 (let (($x577 (= ts_exp!7 1.0)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x357 (= ?x35 0.0)))
 (=> $x357 $x577)))))
(assert
 (let (($x579 (= ts_exp!8 1.0)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x360 (= ?x36 0.0)))
 (=> $x360 $x579)))))
(assert
 (not (or (= ts_exp!4 -inf!) (<= ts_exp!4 ts_exp!1))))
(assert
 (let (($x586 (= ts_exp!0 ts_exp!1)))
 (=> (and (= x0_0 x0_1)) $x586)))
(assert
 (let (($x590 (= ts_exp!0 ts_exp!2)))
 (=> (and (= x0_0 x0_2)) $x590)))
(assert
 (let (($x594 (= ts_exp!0 ts_exp!3)))
 (=> (and (= x0_0 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0))) $x594)))
(assert
 (let (($x598 (= ts_exp!0 ts_exp!4)))
 (=> (and (= x0_0 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1))) $x598)))
(assert
 (let (($x602 (= ts_exp!0 ts_exp!5)))
 (=> (and (= x0_0 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2))) $x602)))
(assert
 (let (($x606 (= ts_exp!0 ts_exp!6)))
 (=> (and (= x0_0 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0))) $x606)))
(assert
 (let (($x610 (= ts_exp!0 ts_exp!7)))
 (=> (and (= x0_0 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1))) $x610)))
(assert
 (let (($x614 (= ts_exp!0 ts_exp!8)))
 (=> (and (= x0_0 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2))) $x614)))
(assert
 (let (($x618 (= ts_exp!1 ts_exp!2)))
 (=> (and (= x0_1 x0_2)) $x618)))
(assert
 (let (($x622 (= ts_exp!1 ts_exp!3)))
 (=> (and (= x0_1 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0))) $x622)))
(assert
 (let (($x626 (= ts_exp!1 ts_exp!4)))
 (=> (and (= x0_1 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1))) $x626)))
(assert
 (let (($x630 (= ts_exp!1 ts_exp!5)))
 (=> (and (= x0_1 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2))) $x630)))
(assert
 (let (($x634 (= ts_exp!1 ts_exp!6)))
 (=> (and (= x0_1 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0))) $x634)))
(assert
 (let (($x638 (= ts_exp!1 ts_exp!7)))
 (=> (and (= x0_1 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1))) $x638)))
(assert
 (let (($x642 (= ts_exp!1 ts_exp!8)))
 (=> (and (= x0_1 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2))) $x642)))
(assert
 (let (($x646 (= ts_exp!2 ts_exp!3)))
 (=> (and (= x0_2 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0))) $x646)))
(assert
 (let (($x650 (= ts_exp!2 ts_exp!4)))
 (=> (and (= x0_2 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1))) $x650)))
(assert
 (let (($x654 (= ts_exp!2 ts_exp!5)))
 (=> (and (= x0_2 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2))) $x654)))
(assert
 (let (($x658 (= ts_exp!2 ts_exp!6)))
 (=> (and (= x0_2 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0))) $x658)))
(assert
 (let (($x662 (= ts_exp!2 ts_exp!7)))
 (=> (and (= x0_2 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1))) $x662)))
(assert
 (let (($x666 (= ts_exp!2 ts_exp!8)))
 (=> (and (= x0_2 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2))) $x666)))
(assert
 (let (($x670 (= ts_exp!3 ts_exp!4)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x28)) $x670)))))
(assert
 (let (($x674 (= ts_exp!3 ts_exp!5)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x29)) $x674)))))
(assert
 (let (($x678 (= ts_exp!3 ts_exp!6)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x34)) $x678)))))
(assert
 (let (($x682 (= ts_exp!3 ts_exp!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x35)) $x682)))))
(assert
 (let (($x686 (= ts_exp!3 ts_exp!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x36)) $x686)))))
(assert
 (let (($x690 (= ts_exp!4 ts_exp!5)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (=> (and (= ?x28 ?x29)) $x690)))))
(assert
 (let (($x694 (= ts_exp!4 ts_exp!6)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (=> (and (= ?x28 ?x34)) $x694)))))
(assert
 (let (($x698 (= ts_exp!4 ts_exp!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (=> (and (= ?x28 ?x35)) $x698)))))
(assert
 (let (($x702 (= ts_exp!4 ts_exp!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (=> (and (= ?x28 ?x36)) $x702)))))
(assert
 (let (($x706 (= ts_exp!5 ts_exp!6)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (=> (and (= ?x29 ?x34)) $x706)))))
(assert
 (let (($x710 (= ts_exp!5 ts_exp!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (=> (and (= ?x29 ?x35)) $x710)))))
(assert
 (let (($x714 (= ts_exp!5 ts_exp!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (=> (and (= ?x29 ?x36)) $x714)))))
(assert
 (let (($x718 (= ts_exp!6 ts_exp!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (=> (and (= ?x34 ?x35)) $x718)))))
(assert
 (let (($x722 (= ts_exp!6 ts_exp!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (=> (and (= ?x34 ?x36)) $x722)))))
(assert
 (let (($x726 (= ts_exp!7 ts_exp!8)))
(let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
(let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
(=> (and (= ?x35 ?x36)) $x726)))))
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
(declare-fun ts_exp!1 () Real)
(declare-fun ts_exp!0 () Real)
(declare-fun ts_exp!2 () Real)
(declare-fun ts_exp!3 () Real)
(declare-fun -inf! () Real)
(declare-fun ts_exp!4 () Real)
(declare-fun ts_exp!5 () Real)
(declare-fun ts_exp!6 () Real)
(declare-fun +inf! () Real)
(declare-fun ts_exp!7 () Real)
(declare-fun ts_exp!8 () Real)
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
 (=> $x61 (<= ts_exp!0 ts_exp!1))))
(assert
 (let (($x64 (<= x0_0 x0_2)))
 (=> $x64 (<= ts_exp!0 ts_exp!2))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x67 (<= x0_0 ?x27)))
 (=> $x67 (<= ts_exp!0 ts_exp!3)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x70 (<= x0_0 ?x28)))
 (=> $x70 (<= ts_exp!0 ts_exp!4)))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x73 (<= x0_0 ?x29)))
 (=> $x73 (<= ts_exp!0 ts_exp!5)))))
(assert
 (let (($x384 (<= ts_exp!0 ts_exp!6)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x76 (<= x0_0 ?x34)))
 (=> $x76 $x384)))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x78 (<= x0_0 ?x35)))
 (=> $x78 (<= ts_exp!0 ts_exp!7)))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x81 (<= x0_0 ?x36)))
 (=> $x81 (<= ts_exp!0 ts_exp!8)))))
(assert
 (let (($x84 (<= x0_1 x0_0)))
 (=> $x84 (<= ts_exp!1 ts_exp!0))))
(assert
 (let (($x87 (<= x0_1 x0_2)))
 (=> $x87 (<= ts_exp!1 ts_exp!2))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x90 (<= x0_1 ?x27)))
 (=> $x90 (<= ts_exp!1 ts_exp!3)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x93 (<= x0_1 ?x28)))
 (=> $x93 (<= ts_exp!1 ts_exp!4)))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x96 (<= x0_1 ?x29)))
 (=> $x96 (<= ts_exp!1 ts_exp!5)))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x99 (<= x0_1 ?x34)))
 (=> $x99 (<= ts_exp!1 ts_exp!6)))))
(assert
 (let (($x402 (<= ts_exp!1 ts_exp!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x102 (<= x0_1 ?x35)))
 (=> $x102 $x402)))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x104 (<= x0_1 ?x36)))
 (=> $x104 (<= ts_exp!1 ts_exp!8)))))
(assert
 (let (($x107 (<= x0_2 x0_0)))
 (=> $x107 (<= ts_exp!2 ts_exp!0))))
(assert
 (let (($x110 (<= x0_2 x0_1)))
 (=> $x110 (<= ts_exp!2 ts_exp!1))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x113 (<= x0_2 ?x27)))
 (=> $x113 (<= ts_exp!2 ts_exp!3)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x116 (<= x0_2 ?x28)))
 (=> $x116 (<= ts_exp!2 ts_exp!4)))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x119 (<= x0_2 ?x29)))
 (=> $x119 (<= ts_exp!2 ts_exp!5)))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x122 (<= x0_2 ?x34)))
 (=> $x122 (<= ts_exp!2 ts_exp!6)))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x125 (<= x0_2 ?x35)))
 (=> $x125 (<= ts_exp!2 ts_exp!7)))))
(assert
 (let (($x420 (<= ts_exp!2 ts_exp!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x128 (<= x0_2 ?x36)))
 (=> $x128 $x420)))))
(assert
 (let (($x422 (<= ts_exp!3 ts_exp!0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x130 (<= ?x27 x0_0)))
 (=> $x130 $x422)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x132 (<= ?x27 x0_1)))
 (=> $x132 (<= ts_exp!3 ts_exp!1)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x135 (<= ?x27 x0_2)))
 (=> $x135 (<= ts_exp!3 ts_exp!2)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x138 (<= ?x27 ?x28)))
 (=> $x138 (<= ts_exp!3 ts_exp!4))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x141 (<= ?x27 ?x29)))
 (=> $x141 (<= ts_exp!3 ts_exp!5))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x144 (<= ?x27 ?x34)))
 (=> $x144 (<= ts_exp!3 ts_exp!6))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x147 (<= ?x27 ?x35)))
 (=> $x147 (<= ts_exp!3 ts_exp!7))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x150 (<= ?x27 ?x36)))
 (=> $x150 (<= ts_exp!3 ts_exp!8))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x153 (<= ?x28 x0_0)))
 (=> $x153 (<= ts_exp!4 ts_exp!0)))))
(assert
 (let (($x440 (<= ts_exp!4 ts_exp!1)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x156 (<= ?x28 x0_1)))
 (=> $x156 $x440)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x158 (<= ?x28 x0_2)))
 (=> $x158 (<= ts_exp!4 ts_exp!2)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x161 (<= ?x28 ?x27)))
 (=> $x161 (<= ts_exp!4 ts_exp!3))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x164 (<= ?x28 ?x29)))
 (=> $x164 (<= ts_exp!4 ts_exp!5))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x167 (<= ?x28 ?x34)))
 (=> $x167 (<= ts_exp!4 ts_exp!6))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x170 (<= ?x28 ?x35)))
 (=> $x170 (<= ts_exp!4 ts_exp!7))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x173 (<= ?x28 ?x36)))
 (=> $x173 (<= ts_exp!4 ts_exp!8))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x176 (<= ?x29 x0_0)))
 (=> $x176 (<= ts_exp!5 ts_exp!0)))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x179 (<= ?x29 x0_1)))
 (=> $x179 (<= ts_exp!5 ts_exp!1)))))
(assert
 (let (($x458 (<= ts_exp!5 ts_exp!2)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x182 (<= ?x29 x0_2)))
 (=> $x182 $x458)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x184 (<= ?x29 ?x27)))
 (=> $x184 (<= ts_exp!5 ts_exp!3))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x187 (<= ?x29 ?x28)))
 (=> $x187 (<= ts_exp!5 ts_exp!4))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x190 (<= ?x29 ?x34)))
 (=> $x190 (<= ts_exp!5 ts_exp!6))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x193 (<= ?x29 ?x35)))
 (=> $x193 (<= ts_exp!5 ts_exp!7))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x196 (<= ?x29 ?x36)))
 (=> $x196 (<= ts_exp!5 ts_exp!8))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x199 (<= ?x34 x0_0)))
 (=> $x199 (<= ts_exp!6 ts_exp!0)))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x202 (<= ?x34 x0_1)))
 (=> $x202 (<= ts_exp!6 ts_exp!1)))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x205 (<= ?x34 x0_2)))
 (=> $x205 (<= ts_exp!6 ts_exp!2)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x208 (<= ?x34 ?x27)))
 (=> $x208 (<= ts_exp!6 ts_exp!3))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x211 (<= ?x34 ?x28)))
 (=> $x211 (<= ts_exp!6 ts_exp!4))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x214 (<= ?x34 ?x29)))
 (=> $x214 (<= ts_exp!6 ts_exp!5))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x217 (<= ?x34 ?x35)))
 (=> $x217 (<= ts_exp!6 ts_exp!7))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x220 (<= ?x34 ?x36)))
 (=> $x220 (<= ts_exp!6 ts_exp!8))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x223 (<= ?x35 x0_0)))
 (=> $x223 (<= ts_exp!7 ts_exp!0)))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x226 (<= ?x35 x0_1)))
 (=> $x226 (<= ts_exp!7 ts_exp!1)))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x229 (<= ?x35 x0_2)))
 (=> $x229 (<= ts_exp!7 ts_exp!2)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x232 (<= ?x35 ?x27)))
 (=> $x232 (<= ts_exp!7 ts_exp!3))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x235 (<= ?x35 ?x28)))
 (=> $x235 (<= ts_exp!7 ts_exp!4))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x238 (<= ?x35 ?x29)))
 (=> $x238 (<= ts_exp!7 ts_exp!5))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x241 (<= ?x35 ?x34)))
 (=> $x241 (<= ts_exp!7 ts_exp!6))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x244 (<= ?x35 ?x36)))
 (=> $x244 (<= ts_exp!7 ts_exp!8))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x247 (<= ?x36 x0_0)))
 (=> $x247 (<= ts_exp!8 ts_exp!0)))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x250 (<= ?x36 x0_1)))
 (=> $x250 (<= ts_exp!8 ts_exp!1)))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x253 (<= ?x36 x0_2)))
 (=> $x253 (<= ts_exp!8 ts_exp!2)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x256 (<= ?x36 ?x27)))
 (=> $x256 (<= ts_exp!8 ts_exp!3))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x259 (<= ?x36 ?x28)))
 (=> $x259 (<= ts_exp!8 ts_exp!4))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x262 (<= ?x36 ?x29)))
 (=> $x262 (<= ts_exp!8 ts_exp!5))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x265 (<= ?x36 ?x34)))
 (=> $x265 (<= ts_exp!8 ts_exp!6))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x268 (<= ?x36 ?x35)))
 (=> $x268 (<= ts_exp!8 ts_exp!7))))))
(assert
 (> ts_exp!0 0.0))
(assert
 (> ts_exp!1 0.0))
(assert
 (> ts_exp!2 0.0))
(assert
 (> ts_exp!3 0.0))
(assert
 (> ts_exp!4 0.0))
(assert
 (> ts_exp!5 0.0))
(assert
 (> ts_exp!6 0.0))
(assert
 (> ts_exp!7 0.0))
(assert
 (> ts_exp!8 0.0))
(assert
 (let (($x527 (<= ts_exp!0 1.0)))
 (let (($x281 (<= x0_0 0.0)))
 (=> $x281 $x527))))
(assert
 (let (($x529 (<= ts_exp!1 1.0)))
 (let (($x285 (<= x0_1 0.0)))
 (=> $x285 $x529))))
(assert
 (let (($x531 (<= ts_exp!2 1.0)))
 (let (($x288 (<= x0_2 0.0)))
 (=> $x288 $x531))))
(assert
 (let (($x533 (<= ts_exp!3 1.0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x291 (<= ?x27 0.0)))
 (=> $x291 $x533)))))
(assert
 (let (($x535 (<= ts_exp!4 1.0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x294 (<= ?x28 0.0)))
 (=> $x294 $x535)))))
(assert
 (let (($x537 (<= ts_exp!5 1.0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x297 (<= ?x29 0.0)))
 (=> $x297 $x537)))))
(assert
 (let (($x539 (<= ts_exp!6 1.0)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x300 (<= ?x34 0.0)))
 (=> $x300 $x539)))))
(assert
 (let (($x541 (<= ts_exp!7 1.0)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x303 (<= ?x35 0.0)))
 (=> $x303 $x541)))))
(assert
 (let (($x543 (<= ts_exp!8 1.0)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x306 (<= ?x36 0.0)))
 (=> $x306 $x543)))))
(assert
 (let (($x545 (>= ts_exp!0 1.0)))
 (let (($x309 (>= x0_0 0.0)))
 (=> $x309 $x545))))
(assert
 (let (($x547 (>= ts_exp!1 1.0)))
 (let (($x312 (>= x0_1 0.0)))
 (=> $x312 $x547))))
(assert
 (let (($x549 (>= ts_exp!2 1.0)))
 (let (($x315 (>= x0_2 0.0)))
 (=> $x315 $x549))))
(assert
 (let (($x551 (>= ts_exp!3 1.0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x318 (>= ?x27 0.0)))
 (=> $x318 $x551)))))
(assert
 (let (($x553 (>= ts_exp!4 1.0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x321 (>= ?x28 0.0)))
 (=> $x321 $x553)))))
(assert
 (let (($x555 (>= ts_exp!5 1.0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x324 (>= ?x29 0.0)))
 (=> $x324 $x555)))))
(assert
 (let (($x557 (>= ts_exp!6 1.0)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x327 (>= ?x34 0.0)))
 (=> $x327 $x557)))))
(assert
 (let (($x559 (>= ts_exp!7 1.0)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x330 (>= ?x35 0.0)))
 (=> $x330 $x559)))))
(assert
 (let (($x561 (>= ts_exp!8 1.0)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x333 (>= ?x36 0.0)))
 (=> $x333 $x561)))))
(assert
 (let (($x563 (= ts_exp!0 1.0)))
 (let (($x336 (= x0_0 0.0)))
 (=> $x336 $x563))))
(assert
 (let (($x565 (= ts_exp!1 1.0)))
 (let (($x339 (= x0_1 0.0)))
 (=> $x339 $x565))))
(assert
 (let (($x567 (= ts_exp!2 1.0)))
 (let (($x342 (= x0_2 0.0)))
 (=> $x342 $x567))))
(assert
 (let (($x569 (= ts_exp!3 1.0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x345 (= ?x27 0.0)))
 (=> $x345 $x569)))))
(assert
 (let (($x571 (= ts_exp!4 1.0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x348 (= ?x28 0.0)))
 (=> $x348 $x571)))))
(assert
 (let (($x573 (= ts_exp!5 1.0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x351 (= ?x29 0.0)))
 (=> $x351 $x573)))))
(assert
 (let (($x575 (= ts_exp!6 1.0)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x354 (= ?x34 0.0)))
 (=> $x354 $x575)))))
(assert
 (let (($x577 (= ts_exp!7 1.0)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x357 (= ?x35 0.0)))
 (=> $x357 $x577)))))
(assert
 (let (($x579 (= ts_exp!8 1.0)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x360 (= ?x36 0.0)))
 (=> $x360 $x579)))))
(assert
 (not (or (= ts_exp!7 +inf!) (<= ts_exp!1 ts_exp!7))))
(assert
 (let (($x586 (= ts_exp!0 ts_exp!1)))
 (=> (and (= x0_0 x0_1)) $x586)))
(assert
 (let (($x590 (= ts_exp!0 ts_exp!2)))
 (=> (and (= x0_0 x0_2)) $x590)))
(assert
 (let (($x594 (= ts_exp!0 ts_exp!3)))
 (=> (and (= x0_0 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0))) $x594)))
(assert
 (let (($x598 (= ts_exp!0 ts_exp!4)))
 (=> (and (= x0_0 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1))) $x598)))
(assert
 (let (($x602 (= ts_exp!0 ts_exp!5)))
 (=> (and (= x0_0 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2))) $x602)))
(assert
 (let (($x606 (= ts_exp!0 ts_exp!6)))
 (=> (and (= x0_0 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0))) $x606)))
(assert
 (let (($x610 (= ts_exp!0 ts_exp!7)))
 (=> (and (= x0_0 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1))) $x610)))
(assert
 (let (($x614 (= ts_exp!0 ts_exp!8)))
 (=> (and (= x0_0 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2))) $x614)))
(assert
 (let (($x618 (= ts_exp!1 ts_exp!2)))
 (=> (and (= x0_1 x0_2)) $x618)))
(assert
 (let (($x622 (= ts_exp!1 ts_exp!3)))
 (=> (and (= x0_1 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0))) $x622)))
(assert
 (let (($x626 (= ts_exp!1 ts_exp!4)))
 (=> (and (= x0_1 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1))) $x626)))
(assert
 (let (($x630 (= ts_exp!1 ts_exp!5)))
 (=> (and (= x0_1 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2))) $x630)))
(assert
 (let (($x634 (= ts_exp!1 ts_exp!6)))
 (=> (and (= x0_1 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0))) $x634)))
(assert
 (let (($x638 (= ts_exp!1 ts_exp!7)))
 (=> (and (= x0_1 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1))) $x638)))
(assert
 (let (($x642 (= ts_exp!1 ts_exp!8)))
 (=> (and (= x0_1 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2))) $x642)))
(assert
 (let (($x646 (= ts_exp!2 ts_exp!3)))
 (=> (and (= x0_2 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0))) $x646)))
(assert
 (let (($x650 (= ts_exp!2 ts_exp!4)))
 (=> (and (= x0_2 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1))) $x650)))
(assert
 (let (($x654 (= ts_exp!2 ts_exp!5)))
 (=> (and (= x0_2 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2))) $x654)))
(assert
 (let (($x658 (= ts_exp!2 ts_exp!6)))
 (=> (and (= x0_2 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0))) $x658)))
(assert
 (let (($x662 (= ts_exp!2 ts_exp!7)))
 (=> (and (= x0_2 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1))) $x662)))
(assert
 (let (($x666 (= ts_exp!2 ts_exp!8)))
 (=> (and (= x0_2 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2))) $x666)))
(assert
 (let (($x670 (= ts_exp!3 ts_exp!4)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x28)) $x670)))))
(assert
 (let (($x674 (= ts_exp!3 ts_exp!5)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x29)) $x674)))))
(assert
 (let (($x678 (= ts_exp!3 ts_exp!6)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x34)) $x678)))))
(assert
 (let (($x682 (= ts_exp!3 ts_exp!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x35)) $x682)))))
(assert
 (let (($x686 (= ts_exp!3 ts_exp!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x36)) $x686)))))
(assert
 (let (($x690 (= ts_exp!4 ts_exp!5)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (=> (and (= ?x28 ?x29)) $x690)))))
(assert
 (let (($x694 (= ts_exp!4 ts_exp!6)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (=> (and (= ?x28 ?x34)) $x694)))))
(assert
 (let (($x698 (= ts_exp!4 ts_exp!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (=> (and (= ?x28 ?x35)) $x698)))))
(assert
 (let (($x702 (= ts_exp!4 ts_exp!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (=> (and (= ?x28 ?x36)) $x702)))))
(assert
 (let (($x706 (= ts_exp!5 ts_exp!6)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (=> (and (= ?x29 ?x34)) $x706)))))
(assert
 (let (($x710 (= ts_exp!5 ts_exp!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (=> (and (= ?x29 ?x35)) $x710)))))
(assert
 (let (($x714 (= ts_exp!5 ts_exp!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (=> (and (= ?x29 ?x36)) $x714)))))
(assert
 (let (($x718 (= ts_exp!6 ts_exp!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (=> (and (= ?x34 ?x35)) $x718)))))
(assert
 (let (($x722 (= ts_exp!6 ts_exp!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (=> (and (= ?x34 ?x36)) $x722)))))
(assert
 (let (($x726 (= ts_exp!7 ts_exp!8)))
(let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
(let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
(=> (and (= ?x35 ?x36)) $x726)))))
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
(declare-fun ts_exp!1 () Real)
(declare-fun ts_exp!0 () Real)
(declare-fun ts_exp!2 () Real)
(declare-fun ts_exp!3 () Real)
(declare-fun -inf! () Real)
(declare-fun ts_exp!4 () Real)
(declare-fun ts_exp!5 () Real)
(declare-fun ts_exp!6 () Real)
(declare-fun +inf! () Real)
(declare-fun ts_exp!7 () Real)
(declare-fun ts_exp!8 () Real)
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
 (=> $x61 (<= ts_exp!0 ts_exp!1))))
(assert
 (let (($x64 (<= x0_0 x0_2)))
 (=> $x64 (<= ts_exp!0 ts_exp!2))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x67 (<= x0_0 ?x27)))
 (=> $x67 (<= ts_exp!0 ts_exp!3)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x70 (<= x0_0 ?x28)))
 (=> $x70 (<= ts_exp!0 ts_exp!4)))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x73 (<= x0_0 ?x29)))
 (=> $x73 (<= ts_exp!0 ts_exp!5)))))
(assert
 (let (($x384 (<= ts_exp!0 ts_exp!6)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x76 (<= x0_0 ?x34)))
 (=> $x76 $x384)))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x78 (<= x0_0 ?x35)))
 (=> $x78 (<= ts_exp!0 ts_exp!7)))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x81 (<= x0_0 ?x36)))
 (=> $x81 (<= ts_exp!0 ts_exp!8)))))
(assert
 (let (($x84 (<= x0_1 x0_0)))
 (=> $x84 (<= ts_exp!1 ts_exp!0))))
(assert
 (let (($x87 (<= x0_1 x0_2)))
 (=> $x87 (<= ts_exp!1 ts_exp!2))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x90 (<= x0_1 ?x27)))
 (=> $x90 (<= ts_exp!1 ts_exp!3)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x93 (<= x0_1 ?x28)))
 (=> $x93 (<= ts_exp!1 ts_exp!4)))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x96 (<= x0_1 ?x29)))
 (=> $x96 (<= ts_exp!1 ts_exp!5)))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x99 (<= x0_1 ?x34)))
 (=> $x99 (<= ts_exp!1 ts_exp!6)))))
(assert
 (let (($x402 (<= ts_exp!1 ts_exp!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x102 (<= x0_1 ?x35)))
 (=> $x102 $x402)))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x104 (<= x0_1 ?x36)))
 (=> $x104 (<= ts_exp!1 ts_exp!8)))))
(assert
 (let (($x107 (<= x0_2 x0_0)))
 (=> $x107 (<= ts_exp!2 ts_exp!0))))
(assert
 (let (($x110 (<= x0_2 x0_1)))
 (=> $x110 (<= ts_exp!2 ts_exp!1))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x113 (<= x0_2 ?x27)))
 (=> $x113 (<= ts_exp!2 ts_exp!3)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x116 (<= x0_2 ?x28)))
 (=> $x116 (<= ts_exp!2 ts_exp!4)))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x119 (<= x0_2 ?x29)))
 (=> $x119 (<= ts_exp!2 ts_exp!5)))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x122 (<= x0_2 ?x34)))
 (=> $x122 (<= ts_exp!2 ts_exp!6)))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x125 (<= x0_2 ?x35)))
 (=> $x125 (<= ts_exp!2 ts_exp!7)))))
(assert
 (let (($x420 (<= ts_exp!2 ts_exp!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x128 (<= x0_2 ?x36)))
 (=> $x128 $x420)))))
(assert
 (let (($x422 (<= ts_exp!3 ts_exp!0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x130 (<= ?x27 x0_0)))
 (=> $x130 $x422)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x132 (<= ?x27 x0_1)))
 (=> $x132 (<= ts_exp!3 ts_exp!1)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x135 (<= ?x27 x0_2)))
 (=> $x135 (<= ts_exp!3 ts_exp!2)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x138 (<= ?x27 ?x28)))
 (=> $x138 (<= ts_exp!3 ts_exp!4))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x141 (<= ?x27 ?x29)))
 (=> $x141 (<= ts_exp!3 ts_exp!5))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x144 (<= ?x27 ?x34)))
 (=> $x144 (<= ts_exp!3 ts_exp!6))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x147 (<= ?x27 ?x35)))
 (=> $x147 (<= ts_exp!3 ts_exp!7))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x150 (<= ?x27 ?x36)))
 (=> $x150 (<= ts_exp!3 ts_exp!8))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x153 (<= ?x28 x0_0)))
 (=> $x153 (<= ts_exp!4 ts_exp!0)))))
(assert
 (let (($x440 (<= ts_exp!4 ts_exp!1)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x156 (<= ?x28 x0_1)))
 (=> $x156 $x440)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x158 (<= ?x28 x0_2)))
 (=> $x158 (<= ts_exp!4 ts_exp!2)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x161 (<= ?x28 ?x27)))
 (=> $x161 (<= ts_exp!4 ts_exp!3))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x164 (<= ?x28 ?x29)))
 (=> $x164 (<= ts_exp!4 ts_exp!5))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x167 (<= ?x28 ?x34)))
 (=> $x167 (<= ts_exp!4 ts_exp!6))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x170 (<= ?x28 ?x35)))
 (=> $x170 (<= ts_exp!4 ts_exp!7))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x173 (<= ?x28 ?x36)))
 (=> $x173 (<= ts_exp!4 ts_exp!8))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x176 (<= ?x29 x0_0)))
 (=> $x176 (<= ts_exp!5 ts_exp!0)))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x179 (<= ?x29 x0_1)))
 (=> $x179 (<= ts_exp!5 ts_exp!1)))))
(assert
 (let (($x458 (<= ts_exp!5 ts_exp!2)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x182 (<= ?x29 x0_2)))
 (=> $x182 $x458)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x184 (<= ?x29 ?x27)))
 (=> $x184 (<= ts_exp!5 ts_exp!3))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x187 (<= ?x29 ?x28)))
 (=> $x187 (<= ts_exp!5 ts_exp!4))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x190 (<= ?x29 ?x34)))
 (=> $x190 (<= ts_exp!5 ts_exp!6))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x193 (<= ?x29 ?x35)))
 (=> $x193 (<= ts_exp!5 ts_exp!7))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x196 (<= ?x29 ?x36)))
 (=> $x196 (<= ts_exp!5 ts_exp!8))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x199 (<= ?x34 x0_0)))
 (=> $x199 (<= ts_exp!6 ts_exp!0)))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x202 (<= ?x34 x0_1)))
 (=> $x202 (<= ts_exp!6 ts_exp!1)))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x205 (<= ?x34 x0_2)))
 (=> $x205 (<= ts_exp!6 ts_exp!2)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x208 (<= ?x34 ?x27)))
 (=> $x208 (<= ts_exp!6 ts_exp!3))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x211 (<= ?x34 ?x28)))
 (=> $x211 (<= ts_exp!6 ts_exp!4))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x214 (<= ?x34 ?x29)))
 (=> $x214 (<= ts_exp!6 ts_exp!5))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x217 (<= ?x34 ?x35)))
 (=> $x217 (<= ts_exp!6 ts_exp!7))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x220 (<= ?x34 ?x36)))
 (=> $x220 (<= ts_exp!6 ts_exp!8))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x223 (<= ?x35 x0_0)))
 (=> $x223 (<= ts_exp!7 ts_exp!0)))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x226 (<= ?x35 x0_1)))
 (=> $x226 (<= ts_exp!7 ts_exp!1)))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x229 (<= ?x35 x0_2)))
 (=> $x229 (<= ts_exp!7 ts_exp!2)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x232 (<= ?x35 ?x27)))
 (=> $x232 (<= ts_exp!7 ts_exp!3))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x235 (<= ?x35 ?x28)))
 (=> $x235 (<= ts_exp!7 ts_exp!4))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x238 (<= ?x35 ?x29)))
 (=> $x238 (<= ts_exp!7 ts_exp!5))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x241 (<= ?x35 ?x34)))
 (=> $x241 (<= ts_exp!7 ts_exp!6))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x244 (<= ?x35 ?x36)))
 (=> $x244 (<= ts_exp!7 ts_exp!8))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x247 (<= ?x36 x0_0)))
 (=> $x247 (<= ts_exp!8 ts_exp!0)))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x250 (<= ?x36 x0_1)))
 (=> $x250 (<= ts_exp!8 ts_exp!1)))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x253 (<= ?x36 x0_2)))
 (=> $x253 (<= ts_exp!8 ts_exp!2)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x256 (<= ?x36 ?x27)))
 (=> $x256 (<= ts_exp!8 ts_exp!3))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x259 (<= ?x36 ?x28)))
 (=> $x259 (<= ts_exp!8 ts_exp!4))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x262 (<= ?x36 ?x29)))
 (=> $x262 (<= ts_exp!8 ts_exp!5))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x265 (<= ?x36 ?x34)))
 (=> $x265 (<= ts_exp!8 ts_exp!6))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x268 (<= ?x36 ?x35)))
 (=> $x268 (<= ts_exp!8 ts_exp!7))))))
(assert
 (> ts_exp!0 0.0))
(assert
 (> ts_exp!1 0.0))
(assert
 (> ts_exp!2 0.0))
(assert
 (> ts_exp!3 0.0))
(assert
 (> ts_exp!4 0.0))
(assert
 (> ts_exp!5 0.0))
(assert
 (> ts_exp!6 0.0))
(assert
 (> ts_exp!7 0.0))
(assert
 (> ts_exp!8 0.0))
(assert
 (let (($x527 (<= ts_exp!0 1.0)))
 (let (($x281 (<= x0_0 0.0)))
 (=> $x281 $x527))))
(assert
 (let (($x529 (<= ts_exp!1 1.0)))
 (let (($x285 (<= x0_1 0.0)))
 (=> $x285 $x529))))
(assert
 (let (($x531 (<= ts_exp!2 1.0)))
 (let (($x288 (<= x0_2 0.0)))
 (=> $x288 $x531))))
(assert
 (let (($x533 (<= ts_exp!3 1.0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x291 (<= ?x27 0.0)))
 (=> $x291 $x533)))))
(assert
 (let (($x535 (<= ts_exp!4 1.0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x294 (<= ?x28 0.0)))
 (=> $x294 $x535)))))
(assert
 (let (($x537 (<= ts_exp!5 1.0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x297 (<= ?x29 0.0)))
 (=> $x297 $x537)))))
(assert
 (let (($x539 (<= ts_exp!6 1.0)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x300 (<= ?x34 0.0)))
 (=> $x300 $x539)))))
(assert
 (let (($x541 (<= ts_exp!7 1.0)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x303 (<= ?x35 0.0)))
 (=> $x303 $x541)))))
(assert
 (let (($x543 (<= ts_exp!8 1.0)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x306 (<= ?x36 0.0)))
 (=> $x306 $x543)))))
(assert
 (let (($x545 (>= ts_exp!0 1.0)))
 (let (($x309 (>= x0_0 0.0)))
 (=> $x309 $x545))))
(assert
 (let (($x547 (>= ts_exp!1 1.0)))
 (let (($x312 (>= x0_1 0.0)))
 (=> $x312 $x547))))
(assert
 (let (($x549 (>= ts_exp!2 1.0)))
 (let (($x315 (>= x0_2 0.0)))
 (=> $x315 $x549))))
(assert
 (let (($x551 (>= ts_exp!3 1.0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x318 (>= ?x27 0.0)))
 (=> $x318 $x551)))))
(assert
 (let (($x553 (>= ts_exp!4 1.0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x321 (>= ?x28 0.0)))
 (=> $x321 $x553)))))
(assert
 (let (($x555 (>= ts_exp!5 1.0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x324 (>= ?x29 0.0)))
 (=> $x324 $x555)))))
(assert
 (let (($x557 (>= ts_exp!6 1.0)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x327 (>= ?x34 0.0)))
 (=> $x327 $x557)))))
(assert
 (let (($x559 (>= ts_exp!7 1.0)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x330 (>= ?x35 0.0)))
 (=> $x330 $x559)))))
(assert
 (let (($x561 (>= ts_exp!8 1.0)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x333 (>= ?x36 0.0)))
 (=> $x333 $x561)))))
(assert
 (let (($x563 (= ts_exp!0 1.0)))
 (let (($x336 (= x0_0 0.0)))
 (=> $x336 $x563))))
(assert
 (let (($x565 (= ts_exp!1 1.0)))
 (let (($x339 (= x0_1 0.0)))
 (=> $x339 $x565))))
(assert
 (let (($x567 (= ts_exp!2 1.0)))
 (let (($x342 (= x0_2 0.0)))
 (=> $x342 $x567))))
(assert
 (let (($x569 (= ts_exp!3 1.0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x345 (= ?x27 0.0)))
 (=> $x345 $x569)))))
(assert
 (let (($x571 (= ts_exp!4 1.0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x348 (= ?x28 0.0)))
 (=> $x348 $x571)))))
(assert
 (let (($x573 (= ts_exp!5 1.0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x351 (= ?x29 0.0)))
 (=> $x351 $x573)))))
(assert
 (let (($x575 (= ts_exp!6 1.0)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x354 (= ?x34 0.0)))
 (=> $x354 $x575)))))
(assert
 (let (($x577 (= ts_exp!7 1.0)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x357 (= ?x35 0.0)))
 (=> $x357 $x577)))))
(assert
 (let (($x579 (= ts_exp!8 1.0)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x360 (= ?x36 0.0)))
 (=> $x360 $x579)))))
(assert
 (not (or (= ts_exp!5 -inf!) (<= ts_exp!5 ts_exp!2))))
(assert
 (let (($x586 (= ts_exp!0 ts_exp!1)))
 (=> (and (= x0_0 x0_1)) $x586)))
(assert
 (let (($x590 (= ts_exp!0 ts_exp!2)))
 (=> (and (= x0_0 x0_2)) $x590)))
(assert
 (let (($x594 (= ts_exp!0 ts_exp!3)))
 (=> (and (= x0_0 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0))) $x594)))
(assert
 (let (($x598 (= ts_exp!0 ts_exp!4)))
 (=> (and (= x0_0 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1))) $x598)))
(assert
 (let (($x602 (= ts_exp!0 ts_exp!5)))
 (=> (and (= x0_0 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2))) $x602)))
(assert
 (let (($x606 (= ts_exp!0 ts_exp!6)))
 (=> (and (= x0_0 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0))) $x606)))
(assert
 (let (($x610 (= ts_exp!0 ts_exp!7)))
 (=> (and (= x0_0 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1))) $x610)))
(assert
 (let (($x614 (= ts_exp!0 ts_exp!8)))
 (=> (and (= x0_0 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2))) $x614)))
(assert
 (let (($x618 (= ts_exp!1 ts_exp!2)))
 (=> (and (= x0_1 x0_2)) $x618)))
(assert
 (let (($x622 (= ts_exp!1 ts_exp!3)))
 (=> (and (= x0_1 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0))) $x622)))
(assert
 (let (($x626 (= ts_exp!1 ts_exp!4)))
 (=> (and (= x0_1 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1))) $x626)))
(assert
 (let (($x630 (= ts_exp!1 ts_exp!5)))
 (=> (and (= x0_1 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2))) $x630)))
(assert
 (let (($x634 (= ts_exp!1 ts_exp!6)))
 (=> (and (= x0_1 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0))) $x634)))
(assert
 (let (($x638 (= ts_exp!1 ts_exp!7)))
 (=> (and (= x0_1 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1))) $x638)))
(assert
 (let (($x642 (= ts_exp!1 ts_exp!8)))
 (=> (and (= x0_1 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2))) $x642)))
(assert
 (let (($x646 (= ts_exp!2 ts_exp!3)))
 (=> (and (= x0_2 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0))) $x646)))
(assert
 (let (($x650 (= ts_exp!2 ts_exp!4)))
 (=> (and (= x0_2 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1))) $x650)))
(assert
 (let (($x654 (= ts_exp!2 ts_exp!5)))
 (=> (and (= x0_2 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2))) $x654)))
(assert
 (let (($x658 (= ts_exp!2 ts_exp!6)))
 (=> (and (= x0_2 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0))) $x658)))
(assert
 (let (($x662 (= ts_exp!2 ts_exp!7)))
 (=> (and (= x0_2 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1))) $x662)))
(assert
 (let (($x666 (= ts_exp!2 ts_exp!8)))
 (=> (and (= x0_2 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2))) $x666)))
(assert
 (let (($x670 (= ts_exp!3 ts_exp!4)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x28)) $x670)))))
(assert
 (let (($x674 (= ts_exp!3 ts_exp!5)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x29)) $x674)))))
(assert
 (let (($x678 (= ts_exp!3 ts_exp!6)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x34)) $x678)))))
(assert
 (let (($x682 (= ts_exp!3 ts_exp!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x35)) $x682)))))
(assert
 (let (($x686 (= ts_exp!3 ts_exp!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x36)) $x686)))))
(assert
 (let (($x690 (= ts_exp!4 ts_exp!5)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (=> (and (= ?x28 ?x29)) $x690)))))
(assert
 (let (($x694 (= ts_exp!4 ts_exp!6)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (=> (and (= ?x28 ?x34)) $x694)))))
(assert
 (let (($x698 (= ts_exp!4 ts_exp!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (=> (and (= ?x28 ?x35)) $x698)))))
(assert
 (let (($x702 (= ts_exp!4 ts_exp!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (=> (and (= ?x28 ?x36)) $x702)))))
(assert
 (let (($x706 (= ts_exp!5 ts_exp!6)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (=> (and (= ?x29 ?x34)) $x706)))))
(assert
 (let (($x710 (= ts_exp!5 ts_exp!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (=> (and (= ?x29 ?x35)) $x710)))))
(assert
 (let (($x714 (= ts_exp!5 ts_exp!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (=> (and (= ?x29 ?x36)) $x714)))))
(assert
 (let (($x718 (= ts_exp!6 ts_exp!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (=> (and (= ?x34 ?x35)) $x718)))))
(assert
 (let (($x722 (= ts_exp!6 ts_exp!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (=> (and (= ?x34 ?x36)) $x722)))))
(assert
 (let (($x726 (= ts_exp!7 ts_exp!8)))
(let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
(let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
(=> (and (= ?x35 ?x36)) $x726)))))
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
(declare-fun ts_exp!1 () Real)
(declare-fun ts_exp!0 () Real)
(declare-fun ts_exp!2 () Real)
(declare-fun ts_exp!3 () Real)
(declare-fun -inf! () Real)
(declare-fun ts_exp!4 () Real)
(declare-fun ts_exp!5 () Real)
(declare-fun ts_exp!6 () Real)
(declare-fun +inf! () Real)
(declare-fun ts_exp!7 () Real)
(declare-fun ts_exp!8 () Real)
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
 (=> $x61 (<= ts_exp!0 ts_exp!1))))
(assert
 (let (($x64 (<= x0_0 x0_2)))
 (=> $x64 (<= ts_exp!0 ts_exp!2))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x67 (<= x0_0 ?x27)))
 (=> $x67 (<= ts_exp!0 ts_exp!3)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x70 (<= x0_0 ?x28)))
 (=> $x70 (<= ts_exp!0 ts_exp!4)))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x73 (<= x0_0 ?x29)))
 (=> $x73 (<= ts_exp!0 ts_exp!5)))))
(assert
 (let (($x384 (<= ts_exp!0 ts_exp!6)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x76 (<= x0_0 ?x34)))
 (=> $x76 $x384)))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x78 (<= x0_0 ?x35)))
 (=> $x78 (<= ts_exp!0 ts_exp!7)))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x81 (<= x0_0 ?x36)))
 (=> $x81 (<= ts_exp!0 ts_exp!8)))))
(assert
 (let (($x84 (<= x0_1 x0_0)))
 (=> $x84 (<= ts_exp!1 ts_exp!0))))
(assert
 (let (($x87 (<= x0_1 x0_2)))
 (=> $x87 (<= ts_exp!1 ts_exp!2))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x90 (<= x0_1 ?x27)))
 (=> $x90 (<= ts_exp!1 ts_exp!3)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x93 (<= x0_1 ?x28)))
 (=> $x93 (<= ts_exp!1 ts_exp!4)))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x96 (<= x0_1 ?x29)))
 (=> $x96 (<= ts_exp!1 ts_exp!5)))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x99 (<= x0_1 ?x34)))
 (=> $x99 (<= ts_exp!1 ts_exp!6)))))
(assert
 (let (($x402 (<= ts_exp!1 ts_exp!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x102 (<= x0_1 ?x35)))
 (=> $x102 $x402)))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x104 (<= x0_1 ?x36)))
 (=> $x104 (<= ts_exp!1 ts_exp!8)))))
(assert
 (let (($x107 (<= x0_2 x0_0)))
 (=> $x107 (<= ts_exp!2 ts_exp!0))))
(assert
 (let (($x110 (<= x0_2 x0_1)))
 (=> $x110 (<= ts_exp!2 ts_exp!1))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x113 (<= x0_2 ?x27)))
 (=> $x113 (<= ts_exp!2 ts_exp!3)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x116 (<= x0_2 ?x28)))
 (=> $x116 (<= ts_exp!2 ts_exp!4)))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x119 (<= x0_2 ?x29)))
 (=> $x119 (<= ts_exp!2 ts_exp!5)))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x122 (<= x0_2 ?x34)))
 (=> $x122 (<= ts_exp!2 ts_exp!6)))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x125 (<= x0_2 ?x35)))
 (=> $x125 (<= ts_exp!2 ts_exp!7)))))
(assert
 (let (($x420 (<= ts_exp!2 ts_exp!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x128 (<= x0_2 ?x36)))
 (=> $x128 $x420)))))
(assert
 (let (($x422 (<= ts_exp!3 ts_exp!0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x130 (<= ?x27 x0_0)))
 (=> $x130 $x422)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x132 (<= ?x27 x0_1)))
 (=> $x132 (<= ts_exp!3 ts_exp!1)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x135 (<= ?x27 x0_2)))
 (=> $x135 (<= ts_exp!3 ts_exp!2)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x138 (<= ?x27 ?x28)))
 (=> $x138 (<= ts_exp!3 ts_exp!4))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x141 (<= ?x27 ?x29)))
 (=> $x141 (<= ts_exp!3 ts_exp!5))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x144 (<= ?x27 ?x34)))
 (=> $x144 (<= ts_exp!3 ts_exp!6))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x147 (<= ?x27 ?x35)))
 (=> $x147 (<= ts_exp!3 ts_exp!7))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x150 (<= ?x27 ?x36)))
 (=> $x150 (<= ts_exp!3 ts_exp!8))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x153 (<= ?x28 x0_0)))
 (=> $x153 (<= ts_exp!4 ts_exp!0)))))
(assert
 (let (($x440 (<= ts_exp!4 ts_exp!1)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x156 (<= ?x28 x0_1)))
 (=> $x156 $x440)))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x158 (<= ?x28 x0_2)))
 (=> $x158 (<= ts_exp!4 ts_exp!2)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x161 (<= ?x28 ?x27)))
 (=> $x161 (<= ts_exp!4 ts_exp!3))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x164 (<= ?x28 ?x29)))
 (=> $x164 (<= ts_exp!4 ts_exp!5))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x167 (<= ?x28 ?x34)))
 (=> $x167 (<= ts_exp!4 ts_exp!6))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x170 (<= ?x28 ?x35)))
 (=> $x170 (<= ts_exp!4 ts_exp!7))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x173 (<= ?x28 ?x36)))
 (=> $x173 (<= ts_exp!4 ts_exp!8))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x176 (<= ?x29 x0_0)))
 (=> $x176 (<= ts_exp!5 ts_exp!0)))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x179 (<= ?x29 x0_1)))
 (=> $x179 (<= ts_exp!5 ts_exp!1)))))
(assert
 (let (($x458 (<= ts_exp!5 ts_exp!2)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x182 (<= ?x29 x0_2)))
 (=> $x182 $x458)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x184 (<= ?x29 ?x27)))
 (=> $x184 (<= ts_exp!5 ts_exp!3))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x187 (<= ?x29 ?x28)))
 (=> $x187 (<= ts_exp!5 ts_exp!4))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x190 (<= ?x29 ?x34)))
 (=> $x190 (<= ts_exp!5 ts_exp!6))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x193 (<= ?x29 ?x35)))
 (=> $x193 (<= ts_exp!5 ts_exp!7))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x196 (<= ?x29 ?x36)))
 (=> $x196 (<= ts_exp!5 ts_exp!8))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x199 (<= ?x34 x0_0)))
 (=> $x199 (<= ts_exp!6 ts_exp!0)))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x202 (<= ?x34 x0_1)))
 (=> $x202 (<= ts_exp!6 ts_exp!1)))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x205 (<= ?x34 x0_2)))
 (=> $x205 (<= ts_exp!6 ts_exp!2)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x208 (<= ?x34 ?x27)))
 (=> $x208 (<= ts_exp!6 ts_exp!3))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x211 (<= ?x34 ?x28)))
 (=> $x211 (<= ts_exp!6 ts_exp!4))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x214 (<= ?x34 ?x29)))
 (=> $x214 (<= ts_exp!6 ts_exp!5))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x217 (<= ?x34 ?x35)))
 (=> $x217 (<= ts_exp!6 ts_exp!7))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x220 (<= ?x34 ?x36)))
 (=> $x220 (<= ts_exp!6 ts_exp!8))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x223 (<= ?x35 x0_0)))
 (=> $x223 (<= ts_exp!7 ts_exp!0)))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x226 (<= ?x35 x0_1)))
 (=> $x226 (<= ts_exp!7 ts_exp!1)))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x229 (<= ?x35 x0_2)))
 (=> $x229 (<= ts_exp!7 ts_exp!2)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x232 (<= ?x35 ?x27)))
 (=> $x232 (<= ts_exp!7 ts_exp!3))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x235 (<= ?x35 ?x28)))
 (=> $x235 (<= ts_exp!7 ts_exp!4))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x238 (<= ?x35 ?x29)))
 (=> $x238 (<= ts_exp!7 ts_exp!5))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x241 (<= ?x35 ?x34)))
 (=> $x241 (<= ts_exp!7 ts_exp!6))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x244 (<= ?x35 ?x36)))
 (=> $x244 (<= ts_exp!7 ts_exp!8))))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x247 (<= ?x36 x0_0)))
 (=> $x247 (<= ts_exp!8 ts_exp!0)))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x250 (<= ?x36 x0_1)))
 (=> $x250 (<= ts_exp!8 ts_exp!1)))))
(assert
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x253 (<= ?x36 x0_2)))
 (=> $x253 (<= ts_exp!8 ts_exp!2)))))
(assert
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x256 (<= ?x36 ?x27)))
 (=> $x256 (<= ts_exp!8 ts_exp!3))))))
(assert
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x259 (<= ?x36 ?x28)))
 (=> $x259 (<= ts_exp!8 ts_exp!4))))))
(assert
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x262 (<= ?x36 ?x29)))
 (=> $x262 (<= ts_exp!8 ts_exp!5))))))
(assert
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x265 (<= ?x36 ?x34)))
 (=> $x265 (<= ts_exp!8 ts_exp!6))))))
(assert
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x268 (<= ?x36 ?x35)))
 (=> $x268 (<= ts_exp!8 ts_exp!7))))))
(assert
 (> ts_exp!0 0.0))
(assert
 (> ts_exp!1 0.0))
(assert
 (> ts_exp!2 0.0))
(assert
 (> ts_exp!3 0.0))
(assert
 (> ts_exp!4 0.0))
(assert
 (> ts_exp!5 0.0))
(assert
 (> ts_exp!6 0.0))
(assert
 (> ts_exp!7 0.0))
(assert
 (> ts_exp!8 0.0))
(assert
 (let (($x527 (<= ts_exp!0 1.0)))
 (let (($x281 (<= x0_0 0.0)))
 (=> $x281 $x527))))
(assert
 (let (($x529 (<= ts_exp!1 1.0)))
 (let (($x285 (<= x0_1 0.0)))
 (=> $x285 $x529))))
(assert
 (let (($x531 (<= ts_exp!2 1.0)))
 (let (($x288 (<= x0_2 0.0)))
 (=> $x288 $x531))))
(assert
 (let (($x533 (<= ts_exp!3 1.0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x291 (<= ?x27 0.0)))
 (=> $x291 $x533)))))
(assert
 (let (($x535 (<= ts_exp!4 1.0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x294 (<= ?x28 0.0)))
 (=> $x294 $x535)))))
(assert
 (let (($x537 (<= ts_exp!5 1.0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x297 (<= ?x29 0.0)))
 (=> $x297 $x537)))))
(assert
 (let (($x539 (<= ts_exp!6 1.0)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x300 (<= ?x34 0.0)))
 (=> $x300 $x539)))))
(assert
 (let (($x541 (<= ts_exp!7 1.0)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x303 (<= ?x35 0.0)))
 (=> $x303 $x541)))))
(assert
 (let (($x543 (<= ts_exp!8 1.0)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x306 (<= ?x36 0.0)))
 (=> $x306 $x543)))))
(assert
 (let (($x545 (>= ts_exp!0 1.0)))
 (let (($x309 (>= x0_0 0.0)))
 (=> $x309 $x545))))
(assert
 (let (($x547 (>= ts_exp!1 1.0)))
 (let (($x312 (>= x0_1 0.0)))
 (=> $x312 $x547))))
(assert
 (let (($x549 (>= ts_exp!2 1.0)))
 (let (($x315 (>= x0_2 0.0)))
 (=> $x315 $x549))))
(assert
 (let (($x551 (>= ts_exp!3 1.0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x318 (>= ?x27 0.0)))
 (=> $x318 $x551)))))
(assert
 (let (($x553 (>= ts_exp!4 1.0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x321 (>= ?x28 0.0)))
 (=> $x321 $x553)))))
(assert
 (let (($x555 (>= ts_exp!5 1.0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x324 (>= ?x29 0.0)))
 (=> $x324 $x555)))))
(assert
 (let (($x557 (>= ts_exp!6 1.0)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x327 (>= ?x34 0.0)))
 (=> $x327 $x557)))))
(assert
 (let (($x559 (>= ts_exp!7 1.0)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x330 (>= ?x35 0.0)))
 (=> $x330 $x559)))))
(assert
 (let (($x561 (>= ts_exp!8 1.0)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x333 (>= ?x36 0.0)))
 (=> $x333 $x561)))))
(assert
 (let (($x563 (= ts_exp!0 1.0)))
 (let (($x336 (= x0_0 0.0)))
 (=> $x336 $x563))))
(assert
 (let (($x565 (= ts_exp!1 1.0)))
 (let (($x339 (= x0_1 0.0)))
 (=> $x339 $x565))))
(assert
 (let (($x567 (= ts_exp!2 1.0)))
 (let (($x342 (= x0_2 0.0)))
 (=> $x342 $x567))))
(assert
 (let (($x569 (= ts_exp!3 1.0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (let (($x345 (= ?x27 0.0)))
 (=> $x345 $x569)))))
(assert
 (let (($x571 (= ts_exp!4 1.0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let (($x348 (= ?x28 0.0)))
 (=> $x348 $x571)))))
(assert
 (let (($x573 (= ts_exp!5 1.0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let (($x351 (= ?x29 0.0)))
 (=> $x351 $x573)))))
(assert
 (let (($x575 (= ts_exp!6 1.0)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let (($x354 (= ?x34 0.0)))
 (=> $x354 $x575)))))
(assert
 (let (($x577 (= ts_exp!7 1.0)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let (($x357 (= ?x35 0.0)))
 (=> $x357 $x577)))))
(assert
 (let (($x579 (= ts_exp!8 1.0)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let (($x360 (= ?x36 0.0)))
 (=> $x360 $x579)))))
(assert
 (not (or (= ts_exp!8 +inf!) (<= ts_exp!2 ts_exp!8))))
(assert
 (let (($x586 (= ts_exp!0 ts_exp!1)))
 (=> (and (= x0_0 x0_1)) $x586)))
(assert
 (let (($x590 (= ts_exp!0 ts_exp!2)))
 (=> (and (= x0_0 x0_2)) $x590)))
(assert
 (let (($x594 (= ts_exp!0 ts_exp!3)))
 (=> (and (= x0_0 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0))) $x594)))
(assert
 (let (($x598 (= ts_exp!0 ts_exp!4)))
 (=> (and (= x0_0 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1))) $x598)))
(assert
 (let (($x602 (= ts_exp!0 ts_exp!5)))
 (=> (and (= x0_0 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2))) $x602)))
(assert
 (let (($x606 (= ts_exp!0 ts_exp!6)))
 (=> (and (= x0_0 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0))) $x606)))
(assert
 (let (($x610 (= ts_exp!0 ts_exp!7)))
 (=> (and (= x0_0 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1))) $x610)))
(assert
 (let (($x614 (= ts_exp!0 ts_exp!8)))
 (=> (and (= x0_0 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2))) $x614)))
(assert
 (let (($x618 (= ts_exp!1 ts_exp!2)))
 (=> (and (= x0_1 x0_2)) $x618)))
(assert
 (let (($x622 (= ts_exp!1 ts_exp!3)))
 (=> (and (= x0_1 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0))) $x622)))
(assert
 (let (($x626 (= ts_exp!1 ts_exp!4)))
 (=> (and (= x0_1 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1))) $x626)))
(assert
 (let (($x630 (= ts_exp!1 ts_exp!5)))
 (=> (and (= x0_1 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2))) $x630)))
(assert
 (let (($x634 (= ts_exp!1 ts_exp!6)))
 (=> (and (= x0_1 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0))) $x634)))
(assert
 (let (($x638 (= ts_exp!1 ts_exp!7)))
 (=> (and (= x0_1 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1))) $x638)))
(assert
 (let (($x642 (= ts_exp!1 ts_exp!8)))
 (=> (and (= x0_1 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2))) $x642)))
(assert
 (let (($x646 (= ts_exp!2 ts_exp!3)))
 (=> (and (= x0_2 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0))) $x646)))
(assert
 (let (($x650 (= ts_exp!2 ts_exp!4)))
 (=> (and (= x0_2 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1))) $x650)))
(assert
 (let (($x654 (= ts_exp!2 ts_exp!5)))
 (=> (and (= x0_2 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2))) $x654)))
(assert
 (let (($x658 (= ts_exp!2 ts_exp!6)))
 (=> (and (= x0_2 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0))) $x658)))
(assert
 (let (($x662 (= ts_exp!2 ts_exp!7)))
 (=> (and (= x0_2 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1))) $x662)))
(assert
 (let (($x666 (= ts_exp!2 ts_exp!8)))
 (=> (and (= x0_2 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2))) $x666)))
(assert
 (let (($x670 (= ts_exp!3 ts_exp!4)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x28)) $x670)))))
(assert
 (let (($x674 (= ts_exp!3 ts_exp!5)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x29)) $x674)))))
(assert
 (let (($x678 (= ts_exp!3 ts_exp!6)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x34)) $x678)))))
(assert
 (let (($x682 (= ts_exp!3 ts_exp!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x35)) $x682)))))
(assert
 (let (($x686 (= ts_exp!3 ts_exp!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x27 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
 (=> (and (= ?x27 ?x36)) $x686)))))
(assert
 (let (($x690 (= ts_exp!4 ts_exp!5)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (=> (and (= ?x28 ?x29)) $x690)))))
(assert
 (let (($x694 (= ts_exp!4 ts_exp!6)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (=> (and (= ?x28 ?x34)) $x694)))))
(assert
 (let (($x698 (= ts_exp!4 ts_exp!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (=> (and (= ?x28 ?x35)) $x698)))))
(assert
 (let (($x702 (= ts_exp!4 ts_exp!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x28 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
 (=> (and (= ?x28 ?x36)) $x702)))))
(assert
 (let (($x706 (= ts_exp!5 ts_exp!6)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (=> (and (= ?x29 ?x34)) $x706)))))
(assert
 (let (($x710 (= ts_exp!5 ts_exp!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (=> (and (= ?x29 ?x35)) $x710)))))
(assert
 (let (($x714 (= ts_exp!5 ts_exp!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x29 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
 (=> (and (= ?x29 ?x36)) $x714)))))
(assert
 (let (($x718 (= ts_exp!6 ts_exp!7)))
 (let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (=> (and (= ?x34 ?x35)) $x718)))))
(assert
 (let (($x722 (= ts_exp!6 ts_exp!8)))
 (let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
 (let ((?x34 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
 (=> (and (= ?x34 ?x36)) $x722)))))
(assert
 (let (($x726 (= ts_exp!7 ts_exp!8)))
(let ((?x36 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
(let ((?x35 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
(=> (and (= ?x35 ?x36)) $x726)))))
(check-sat)
