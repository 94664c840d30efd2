; torchsmt obligation log.interval_sound@3 (lemma, op log, interval_sound)
; l <= x <= u -> lo <= f(x) <= hi at shapes ((3,),) (on the op's domain)
(set-info :source |torchsmt lemma log.interval_sound@3 kind lemma|)
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
(declare-fun ts_log!1 () Real)
(declare-fun ts_log!0 () Real)
(declare-fun ts_log!2 () Real)
(declare-fun ts_log!3 () Real)
(declare-fun ts_log!4 () Real)
(declare-fun ts_log!5 () Real)
(declare-fun ts_log!6 () Real)
(declare-fun ts_log!7 () Real)
(declare-fun ts_log!8 () Real)
(declare-fun -inf! () Real)
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
 (let (($x21 (> x0_0 0.0)))
 (let (($x72 (and $x21 (<= x0_0 x0_1))))
 (=> $x72 (<= ts_log!0 ts_log!1)))))
(assert
 (let (($x21 (> x0_0 0.0)))
 (let (($x76 (and $x21 (<= x0_0 x0_2))))
 (=> $x76 (<= ts_log!0 ts_log!2)))))
(assert
 (let (($x21 (> x0_0 0.0)))
 (let (($x80 (and $x21 (<= x0_0 (ite (< 0.0 l0_0) l0_0 0.0)))))
 (=> $x80 (<= ts_log!0 ts_log!3)))))
(assert
 (let (($x21 (> x0_0 0.0)))
 (let (($x84 (and $x21 (<= x0_0 (ite (< 0.0 l0_1) l0_1 0.0)))))
 (=> $x84 (<= ts_log!0 ts_log!4)))))
(assert
 (let (($x21 (> x0_0 0.0)))
 (let (($x88 (and $x21 (<= x0_0 (ite (< 0.0 l0_2) l0_2 0.0)))))
 (=> $x88 (<= ts_log!0 ts_log!5)))))
(assert
 (let (($x374 (<= ts_log!0 ts_log!6)))
 (let (($x21 (> x0_0 0.0)))
 (let (($x92 (and $x21 (<= x0_0 (ite (< 0.0 u0_0) u0_0 0.0)))))
 (=> $x92 $x374)))))
(assert
 (let (($x21 (> x0_0 0.0)))
 (let (($x95 (and $x21 (<= x0_0 (ite (< 0.0 u0_1) u0_1 0.0)))))
 (=> $x95 (<= ts_log!0 ts_log!7)))))
(assert
 (let (($x21 (> x0_0 0.0)))
 (let (($x99 (and $x21 (<= x0_0 (ite (< 0.0 u0_2) u0_2 0.0)))))
 (=> $x99 (<= ts_log!0 ts_log!8)))))
(assert
 (let (($x23 (> x0_1 0.0)))
 (let (($x103 (and $x23 (<= x0_1 x0_0))))
 (=> $x103 (<= ts_log!1 ts_log!0)))))
(assert
 (let (($x23 (> x0_1 0.0)))
 (let (($x107 (and $x23 (<= x0_1 x0_2))))
 (=> $x107 (<= ts_log!1 ts_log!2)))))
(assert
 (let (($x23 (> x0_1 0.0)))
 (let (($x111 (and $x23 (<= x0_1 (ite (< 0.0 l0_0) l0_0 0.0)))))
 (=> $x111 (<= ts_log!1 ts_log!3)))))
(assert
 (let (($x23 (> x0_1 0.0)))
 (let (($x115 (and $x23 (<= x0_1 (ite (< 0.0 l0_1) l0_1 0.0)))))
 (=> $x115 (<= ts_log!1 ts_log!4)))))
(assert
 (let (($x23 (> x0_1 0.0)))
 (let (($x119 (and $x23 (<= x0_1 (ite (< 0.0 l0_2) l0_2 0.0)))))
 (=> $x119 (<= ts_log!1 ts_log!5)))))
(assert
 (let (($x23 (> x0_1 0.0)))
 (let (($x123 (and $x23 (<= x0_1 (ite (< 0.0 u0_0) u0_0 0.0)))))
 (=> $x123 (<= ts_log!1 ts_log!6)))))
(assert
 (let (($x392 (<= ts_log!1 ts_log!7)))
 (let (($x23 (> x0_1 0.0)))
 (let (($x127 (and $x23 (<= x0_1 (ite (< 0.0 u0_1) u0_1 0.0)))))
 (=> $x127 $x392)))))
(assert
 (let (($x23 (> x0_1 0.0)))
 (let (($x130 (and $x23 (<= x0_1 (ite (< 0.0 u0_2) u0_2 0.0)))))
 (=> $x130 (<= ts_log!1 ts_log!8)))))
(assert
 (let (($x25 (> x0_2 0.0)))
 (let (($x134 (and $x25 (<= x0_2 x0_0))))
 (=> $x134 (<= ts_log!2 ts_log!0)))))
(assert
 (let (($x25 (> x0_2 0.0)))
 (let (($x138 (and $x25 (<= x0_2 x0_1))))
 (=> $x138 (<= ts_log!2 ts_log!1)))))
(assert
 (let (($x25 (> x0_2 0.0)))
 (let (($x142 (and $x25 (<= x0_2 (ite (< 0.0 l0_0) l0_0 0.0)))))
 (=> $x142 (<= ts_log!2 ts_log!3)))))
(assert
 (let (($x25 (> x0_2 0.0)))
 (let (($x146 (and $x25 (<= x0_2 (ite (< 0.0 l0_1) l0_1 0.0)))))
 (=> $x146 (<= ts_log!2 ts_log!4)))))
(assert
 (let (($x25 (> x0_2 0.0)))
 (let (($x150 (and $x25 (<= x0_2 (ite (< 0.0 l0_2) l0_2 0.0)))))
 (=> $x150 (<= ts_log!2 ts_log!5)))))
(assert
 (let (($x25 (> x0_2 0.0)))
 (let (($x154 (and $x25 (<= x0_2 (ite (< 0.0 u0_0) u0_0 0.0)))))
 (=> $x154 (<= ts_log!2 ts_log!6)))))
(assert
 (let (($x25 (> x0_2 0.0)))
 (let (($x158 (and $x25 (<= x0_2 (ite (< 0.0 u0_1) u0_1 0.0)))))
 (=> $x158 (<= ts_log!2 ts_log!7)))))
(assert
 (let (($x410 (<= ts_log!2 ts_log!8)))
 (let (($x25 (> x0_2 0.0)))
 (let (($x162 (and $x25 (<= x0_2 (ite (< 0.0 u0_2) u0_2 0.0)))))
 (=> $x162 $x410)))))
(assert
 (let (($x412 (<= ts_log!3 ts_log!0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let (($x33 (> ?x28 0.0)))
 (let (($x165 (and $x33 (<= ?x28 x0_0))))
 (=> $x165 $x412))))))
(assert
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let (($x33 (> ?x28 0.0)))
 (let (($x168 (and $x33 (<= ?x28 x0_1))))
 (=> $x168 (<= ts_log!3 ts_log!1))))))
(assert
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let (($x33 (> ?x28 0.0)))
 (let (($x172 (and $x33 (<= ?x28 x0_2))))
 (=> $x172 (<= ts_log!3 ts_log!2))))))
(assert
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let (($x33 (> ?x28 0.0)))
 (let (($x176 (and $x33 (<= ?x28 ?x30))))
 (=> $x176 (<= ts_log!3 ts_log!4)))))))
(assert
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let (($x33 (> ?x28 0.0)))
 (let (($x180 (and $x33 (<= ?x28 ?x32))))
 (=> $x180 (<= ts_log!3 ts_log!5)))))))
(assert
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let (($x33 (> ?x28 0.0)))
 (let (($x184 (and $x33 (<= ?x28 ?x40))))
 (=> $x184 (<= ts_log!3 ts_log!6)))))))
(assert
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let (($x33 (> ?x28 0.0)))
 (let (($x188 (and $x33 (<= ?x28 ?x42))))
 (=> $x188 (<= ts_log!3 ts_log!7)))))))
(assert
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let (($x33 (> ?x28 0.0)))
 (let (($x192 (and $x33 (<= ?x28 ?x44))))
 (=> $x192 (<= ts_log!3 ts_log!8)))))))
(assert
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let (($x35 (> ?x30 0.0)))
 (let (($x196 (and $x35 (<= ?x30 x0_0))))
 (=> $x196 (<= ts_log!4 ts_log!0))))))
(assert
 (let (($x430 (<= ts_log!4 ts_log!1)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let (($x35 (> ?x30 0.0)))
 (let (($x200 (and $x35 (<= ?x30 x0_1))))
 (=> $x200 $x430))))))
(assert
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let (($x35 (> ?x30 0.0)))
 (let (($x203 (and $x35 (<= ?x30 x0_2))))
 (=> $x203 (<= ts_log!4 ts_log!2))))))
(assert
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let (($x35 (> ?x30 0.0)))
 (let (($x207 (and $x35 (<= ?x30 ?x28))))
 (=> $x207 (<= ts_log!4 ts_log!3)))))))
(assert
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let (($x35 (> ?x30 0.0)))
 (let (($x211 (and $x35 (<= ?x30 ?x32))))
 (=> $x211 (<= ts_log!4 ts_log!5)))))))
(assert
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let (($x35 (> ?x30 0.0)))
 (let (($x215 (and $x35 (<= ?x30 ?x40))))
 (=> $x215 (<= ts_log!4 ts_log!6)))))))
(assert
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let (($x35 (> ?x30 0.0)))
 (let (($x219 (and $x35 (<= ?x30 ?x42))))
 (=> $x219 (<= ts_log!4 ts_log!7)))))))
(assert
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let (($x35 (> ?x30 0.0)))
 (let (($x223 (and $x35 (<= ?x30 ?x44))))
 (=> $x223 (<= ts_log!4 ts_log!8)))))))
(assert
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let (($x37 (> ?x32 0.0)))
 (let (($x227 (and $x37 (<= ?x32 x0_0))))
 (=> $x227 (<= ts_log!5 ts_log!0))))))
(assert
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let (($x37 (> ?x32 0.0)))
 (let (($x231 (and $x37 (<= ?x32 x0_1))))
 (=> $x231 (<= ts_log!5 ts_log!1))))))
(assert
 (let (($x448 (<= ts_log!5 ts_log!2)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let (($x37 (> ?x32 0.0)))
 (let (($x235 (and $x37 (<= ?x32 x0_2))))
 (=> $x235 $x448))))))
(assert
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let (($x37 (> ?x32 0.0)))
 (let (($x238 (and $x37 (<= ?x32 ?x28))))
 (=> $x238 (<= ts_log!5 ts_log!3)))))))
(assert
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let (($x37 (> ?x32 0.0)))
 (let (($x242 (and $x37 (<= ?x32 ?x30))))
 (=> $x242 (<= ts_log!5 ts_log!4)))))))
(assert
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let (($x37 (> ?x32 0.0)))
 (let (($x246 (and $x37 (<= ?x32 ?x40))))
 (=> $x246 (<= ts_log!5 ts_log!6)))))))
(assert
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let (($x37 (> ?x32 0.0)))
 (let (($x250 (and $x37 (<= ?x32 ?x42))))
 (=> $x250 (<= ts_log!5 ts_log!7)))))))
(assert
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let (($x37 (> ?x32 0.0)))
 (let (($x254 (and $x37 (<= ?x32 ?x44))))
 (=> $x254 (<= ts_log!5 ts_log!8)))))))
(assert
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let (($x45 (> ?x40 0.0)))
 (let (($x258 (and $x45 (<= ?x40 x0_0))))
 (=> $x258 (<= ts_log!6 ts_log!0))))))
(assert
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let (($x45 (> ?x40 0.0)))
 (let (($x262 (and $x45 (<= ?x40 x0_1))))
 (=> $x262 (<= ts_log!6 ts_log!1))))))
(assert
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let (($x45 (> ?x40 0.0)))
 (let (($x266 (and $x45 (<= ?x40 x0_2))))
 (=> $x266 (<= ts_log!6 ts_log!2))))))
(assert
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let (($x45 (> ?x40 0.0)))
 (let (($x270 (and $x45 (<= ?x40 ?x28))))
 (=> $x270 (<= ts_log!6 ts_log!3)))))))
(assert
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let (($x45 (> ?x40 0.0)))
 (let (($x274 (and $x45 (<= ?x40 ?x30))))
 (=> $x274 (<= ts_log!6 ts_log!4)))))))
(assert
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let (($x45 (> ?x40 0.0)))
 (let (($x278 (and $x45 (<= ?x40 ?x32))))
 (=> $x278 (<= ts_log!6 ts_log!5)))))))
(assert
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let (($x45 (> ?x40 0.0)))
 (let (($x282 (and $x45 (<= ?x40 ?x42))))
 (=> $x282 (<= ts_log!6 ts_log!7)))))))
(assert
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let (($x45 (> ?x40 0.0)))
 (let (($x286 (and $x45 (<= ?x40 ?x44))))
 (=> $x286 (<= ts_log!6 ts_log!8)))))))
(assert
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let (($x47 (> ?x42 0.0)))
 (let (($x290 (and $x47 (<= ?x42 x0_0))))
 (=> $x290 (<= ts_log!7 ts_log!0))))))
(assert
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let (($x47 (> ?x42 0.0)))
 (let (($x294 (and $x47 (<= ?x42 x0_1))))
 (=> $x294 (<= ts_log!7 ts_log!1))))))
(assert
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let (($x47 (> ?x42 0.0)))
 (let (($x298 (and $x47 (<= ?x42 x0_2))))
 (=> $x298 (<= ts_log!7 ts_log!2))))))
(assert
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let (($x47 (> ?x42 0.0)))
 (let (($x302 (and $x47 (<= ?x42 ?x28))))
 (=> $x302 (<= ts_log!7 ts_log!3)))))))
(assert
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let (($x47 (> ?x42 0.0)))
 (let (($x306 (and $x47 (<= ?x42 ?x30))))
 (=> $x306 (<= ts_log!7 ts_log!4)))))))
(assert
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let (($x47 (> ?x42 0.0)))
 (let (($x310 (and $x47 (<= ?x42 ?x32))))
 (=> $x310 (<= ts_log!7 ts_log!5)))))))
(assert
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let (($x47 (> ?x42 0.0)))
 (let (($x314 (and $x47 (<= ?x42 ?x40))))
 (=> $x314 (<= ts_log!7 ts_log!6)))))))
(assert
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let (($x47 (> ?x42 0.0)))
 (let (($x318 (and $x47 (<= ?x42 ?x44))))
 (=> $x318 (<= ts_log!7 ts_log!8)))))))
(assert
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let (($x49 (> ?x44 0.0)))
 (let (($x322 (and $x49 (<= ?x44 x0_0))))
 (=> $x322 (<= ts_log!8 ts_log!0))))))
(assert
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let (($x49 (> ?x44 0.0)))
 (let (($x326 (and $x49 (<= ?x44 x0_1))))
 (=> $x326 (<= ts_log!8 ts_log!1))))))
(assert
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let (($x49 (> ?x44 0.0)))
 (let (($x330 (and $x49 (<= ?x44 x0_2))))
 (=> $x330 (<= ts_log!8 ts_log!2))))))
(assert
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let (($x49 (> ?x44 0.0)))
 (let (($x334 (and $x49 (<= ?x44 ?x28))))
 (=> $x334 (<= ts_log!8 ts_log!3)))))))
(assert
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let (($x49 (> ?x44 0.0)))
 (let (($x338 (and $x49 (<= ?x44 ?x30))))
 (=> $x338 (<= ts_log!8 ts_log!4)))))))
(assert
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let (($x49 (> ?x44 0.0)))
 (let (($x342 (and $x49 (<= ?x44 ?x32))))
 (=> $x342 (<= ts_log!8 ts_log!5)))))))
(assert
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let (($x49 (> ?x44 0.0)))
 (let (($x346 (and $x49 (<= ?x44 ?x40))))
 (=> $x346 (<= ts_log!8 ts_log!6)))))))
(assert
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let (($x49 (> ?x44 0.0)))
 (let (($x350 (and $x49 (<= ?x44 ?x42))))
 (=> $x350 (<= ts_log!8 ts_log!7)))))))
(assert
 (> x0_0 0.0))
(assert
 (> x0_1 0.0))
(assert
 (> x0_2 0.0))
(assert
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (> ?x28 0.0)))
(assert
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (> ?x30 0.0)))
(assert
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (> ?x32 0.0)))
(assert
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (> ?x40 0.0)))
(assert
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (> ?x42 0.0)))
(assert
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (> ?x44 0.0)))
(assert
 (not (or (= ts_log!3 -inf!) (<= ts_log!3 ts_log!0))))
(assert
 (let (($x513 (= ts_log!0 ts_log!1)))
 (=> (and (= x0_0 x0_1)) $x513)))
(assert
 (let (($x517 (= ts_log!0 ts_log!2)))
 (=> (and (= x0_0 x0_2)) $x517)))
(assert
 (let (($x521 (= ts_log!0 ts_log!3)))
 (=> (and (= x0_0 (ite (< 0.0 l0_0) l0_0 0.0))) $x521)))
(assert
 (let (($x525 (= ts_log!0 ts_log!4)))
 (=> (and (= x0_0 (ite (< 0.0 l0_1) l0_1 0.0))) $x525)))
(assert
 (let (($x529 (= ts_log!0 ts_log!5)))
 (=> (and (= x0_0 (ite (< 0.0 l0_2) l0_2 0.0))) $x529)))
(assert
 (let (($x533 (= ts_log!0 ts_log!6)))
 (=> (and (= x0_0 (ite (< 0.0 u0_0) u0_0 0.0))) $x533)))
(assert
 (let (($x537 (= ts_log!0 ts_log!7)))
 (=> (and (= x0_0 (ite (< 0.0 u0_1) u0_1 0.0))) $x537)))
(assert
 (let (($x541 (= ts_log!0 ts_log!8)))
 (=> (and (= x0_0 (ite (< 0.0 u0_2) u0_2 0.0))) $x541)))
(assert
 (let (($x545 (= ts_log!1 ts_log!2)))
 (=> (and (= x0_1 x0_2)) $x545)))
(assert
 (let (($x549 (= ts_log!1 ts_log!3)))
 (=> (and (= x0_1 (ite (< 0.0 l0_0) l0_0 0.0))) $x549)))
(assert
 (let (($x553 (= ts_log!1 ts_log!4)))
 (=> (and (= x0_1 (ite (< 0.0 l0_1) l0_1 0.0))) $x553)))
(assert
 (let (($x557 (= ts_log!1 ts_log!5)))
 (=> (and (= x0_1 (ite (< 0.0 l0_2) l0_2 0.0))) $x557)))
(assert
 (let (($x561 (= ts_log!1 ts_log!6)))
 (=> (and (= x0_1 (ite (< 0.0 u0_0) u0_0 0.0))) $x561)))
(assert
 (let (($x565 (= ts_log!1 ts_log!7)))
 (=> (and (= x0_1 (ite (< 0.0 u0_1) u0_1 0.0))) $x565)))
(assert
 (let (($x569 (= ts_log!1 ts_log!8)))
 (=> (and (= x0_1 (ite (< 0.0 u0_2) u0_2 0.0))) $x569)))
(assert
 (let (($x573 (= ts_log!2 ts_log!3)))
 (=> (and (= x0_2 (ite (< 0.0 l0_0) l0_0 0.0))) $x573)))
(assert
 (let (($x577 (= ts_log!2 ts_log!4)))
 (=> (and (= x0_2 (ite (< 0.0 l0_1) l0_1 0.0))) $x577)))
(assert
 (let (($x581 (= ts_log!2 ts_log!5)))
 (=> (and (= x0_2 (ite (< 0.0 l0_2) l0_2 0.0))) $x581)))
(assert
 (let (($x585 (= ts_log!2 ts_log!6)))
 (=> (and (= x0_2 (ite (< 0.0 u0_0) u0_0 0.0))) $x585)))
(assert
 (let (($x589 (= ts_log!2 ts_log!7)))
 (=> (and (= x0_2 (ite (< 0.0 u0_1) u0_1 0.0))) $x589)))
(assert
 (let (($x593 (= ts_log!2 ts_log!8)))
 (=> (and (= x0_2 (ite (< 0.0 u0_2) u0_2 0.0))) $x593)))
(assert
 (let (($x597 (= ts_log!3 ts_log!4)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x28 ?x30)) $x597)))))
(assert
 (let (($x601 (= ts_log!3 ts_log!5)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x28 ?x32)) $x601)))))
(assert
 (let (($x605 (= ts_log!3 ts_log!6)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x28 ?x40)) $x605)))))
(assert
 (let (($x609 (= ts_log!3 ts_log!7)))
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x28 ?x42)) $x609)))))
(assert
 (let (($x613 (= ts_log!3 ts_log!8)))
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x28 ?x44)) $x613)))))
(assert
 (let (($x617 (= ts_log!4 ts_log!5)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (=> (and (= ?x30 ?x32)) $x617)))))
(assert
 (let (($x621 (= ts_log!4 ts_log!6)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (=> (and (= ?x30 ?x40)) $x621)))))
(assert
 (let (($x625 (= ts_log!4 ts_log!7)))
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (=> (and (= ?x30 ?x42)) $x625)))))
(assert
 (let (($x629 (= ts_log!4 ts_log!8)))
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (=> (and (= ?x30 ?x44)) $x629)))))
(assert
 (let (($x633 (= ts_log!5 ts_log!6)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (=> (and (= ?x32 ?x40)) $x633)))))
(assert
 (let (($x637 (= ts_log!5 ts_log!7)))
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (=> (and (= ?x32 ?x42)) $x637)))))
(assert
 (let (($x641 (= ts_log!5 ts_log!8)))
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (=> (and (= ?x32 ?x44)) $x641)))))
(assert
 (let (($x645 (= ts_log!6 ts_log!7)))
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (=> (and (= ?x40 ?x42)) $x645)))))
(assert
 (let (($x649 (= ts_log!6 ts_log!8)))
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (=> (and (= ?x40 ?x44)) $x649)))))
(assert
 (let (($x653 (= ts_log!7 ts_log!8)))
(let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
(let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
(=> (and (= ?x42 ?x44)) $x653)))))
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
(declare-fun ts_log!1 () Real)
(declare-fun ts_log!0 () Real)
(declare-fun ts_log!2 () Real)
(declare-fun ts_log!3 () Real)
(declare-fun ts_log!4 () Real)
(declare-fun ts_log!5 () Real)
(declare-fun ts_log!6 () Real)
(declare-fun ts_log!7 () Real)
(declare-fun ts_log!8 () Real)
(declare-fun +inf! () Real)
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
 (let (($x21 (> x0_0 0.0)))
 (let (($x72 (and $x21 (<= x0_0 x0_1))))
 (=> $x72 (<= ts_log!0 ts_log!1)))))
(assert
 (let (($x21 (> x0_0 0.0)))
 (let (($x76 (and $x21 (<= x0_0 x0_2))))
 (=> $x76 (<= ts_log!0 ts_log!2)))))
(assert
 (let (($x21 (> x0_0 0.0)))
 (let (($x80 (and $x21 (<= x0_0 (ite (< 0.0 l0_0) l0_0 0.0)))))
 (=> $x80 (<= ts_log!0 ts_log!3)))))
(assert
 (let (($x21 (> x0_0 0.0)))
 (let (($x84 (and $x21 (<= x0_0 (ite (< 0.0 l0_1) l0_1 0.0)))))
 (=> $x84 (<= ts_log!0 ts_log!4)))))
(assert
 (let (($x21 (> x0_0 0.0)))
 (let (($x88 (and $x21 (<= x0_0 (ite (< 0.0 l0_2) l0_2 0.0)))))
 (=> $x88 (<= ts_log!0 ts_log!5)))))
(assert
 (let (($x374 (<= ts_log!0 ts_log!6)))
 (let (($x21 (> x0_0 0.0)))
 (let (($x92 (and $x21 (<= x0_0 (ite (< 0.0 u0_0) u0_0 0.0)))))
 (=> $x92 $x374)))))
(assert
 (let (($x21 (> x0_0 0.0)))
 (let (($x95 (and $x21 (<= x0_0 (ite (< 0.0 u0_1) u0_1 0.0)))))
 (=> $x95 (<= ts_log!0 ts_log!7)))))
(assert
 (let (($x21 (> x0_0 0.0)))
 (let (($x99 (and $x21 (<= x0_0 (ite (< 0.0 u0_2) u0_2 0.0)))))
 (=> $x99 (<= ts_log!0 ts_log!8)))))
(assert
 (let (($x23 (> x0_1 0.0)))
 (let (($x103 (and $x23 (<= x0_1 x0_0))))
 (=> $x103 (<= ts_log!1 ts_log!0)))))
(assert
 (let (($x23 (> x0_1 0.0)))
 (let (($x107 (and $x23 (<= x0_1 x0_2))))
 (=> $x107 (<= ts_log!1 ts_log!2)))))
(assert
 (let (($x23 (> x0_1 0.0)))
 (let (($x111 (and $x23 (<= x0_1 (ite (< 0.0 l0_0) l0_0 0.0)))))
 (=> $x111 (<= ts_log!1 ts_log!3)))))
(assert
 (let (($x23 (> x0_1 0.0)))
 (let (($x115 (and $x23 (<= x0_1 (ite (< 0.0 l0_1) l0_1 0.0)))))
 (=> $x115 (<= ts_log!1 ts_log!4)))))
(assert
 (let (($x23 (> x0_1 0.0)))
 (let (($x119 (and $x23 (<= x0_1 (ite (< 0.0 l0_2) l0_2 0.0)))))
 (=> $x119 (<= ts_log!1 ts_log!5)))))
(assert
 (let (($x23 (> x0_1 0.0)))
 (let (($x123 (and $x23 (<= x0_1 (ite (< 0.0 u0_0) u0_0 0.0)))))
 (=> $x123 (<= ts_log!1 ts_log!6)))))
(assert
 (let (($x392 (<= ts_log!1 ts_log!7)))
 (let (($x23 (> x0_1 0.0)))
 (let (($x127 (and $x23 (<= x0_1 (ite (< 0.0 u0_1) u0_1 0.0)))))
 (=> $x127 $x392)))))
(assert
 (let (($x23 (> x0_1 0.0)))
 (let (($x130 (and $x23 (<= x0_1 (ite (< 0.0 u0_2) u0_2 0.0)))))
 (=> $x130 (<= ts_log!1 ts_log!8)))))
(assert
 (let (($x25 (> x0_2 0.0)))
 (let (($x134 (and $x25 (<= x0_2 x0_0))))
 (=> $x134 (<= ts_log!2 ts_log!0)))))
(assert
 (let (($x25 (> x0_2 0.0)))
 (let (($x138 (and $x25 (<= x0_2 x0_1))))
 (=> $x138 (<= ts_log!2 ts_log!1)))))
(assert
 (let (($x25 (> x0_2 0.0)))
 (let (($x142 (and $x25 (<= x0_2 (ite (< 0.0 l0_0) l0_0 0.0)))))
 (=> $x142 (<= ts_log!2 ts_log!3)))))
(assert
 (let (($x25 (> x0_2 0.0)))
 (let (($x146 (and $x25 (<= x0_2 (ite (< 0.0 l0_1) l0_1 0.0)))))
 (=> $x146 (<= ts_log!2 ts_log!4)))))
(assert
 (let (($x25 (> x0_2 0.0)))
 (let (($x150 (and $x25 (<= x0_2 (ite (< 0.0 l0_2) l0_2 0.0)))))
 (=> $x150 (<= ts_log!2 ts_log!5)))))
(assert
 (let (($x25 (> x0_2 0.0)))
 (let (($x154 (and $x25 (<= x0_2 (ite (< 0.0 u0_0) u0_0 0.0)))))
 (=> $x154 (<= ts_log!2 ts_log!6)))))
(assert
 (let (($x25 (> x0_2 0.0)))
 (let (($x158 (and $x25 (<= x0_2 (ite (< 0.0 u0_1) u0_1 0.0)))))
 (=> $x158 (<= ts_log!2 ts_log!7)))))
(assert
 (let (($x410 (<= ts_log!2 ts_log!8)))
 (let (($x25 (> x0_2 0.0)))
 (let (($x162 (and $x25 (<= x0_2 (ite (< 0.0 u0_2) u0_2 0.0)))))
 (=> $x162 $x410)))))
(assert
 (let (($x412 (<= ts_log!3 ts_log!0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let (($x33 (> ?x28 0.0)))
 (let (($x165 (and $x33 (<= ?x28 x0_0))))
 (=> $x165 $x412))))))
(assert
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let (($x33 (> ?x28 0.0)))
 (let (($x168 (and $x33 (<= ?x28 x0_1))))
 (=> $x168 (<= ts_log!3 ts_log!1))))))
(assert
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let (($x33 (> ?x28 0.0)))
 (let (($x172 (and $x33 (<= ?x28 x0_2))))
 (=> $x172 (<= ts_log!3 ts_log!2))))))
(assert
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let (($x33 (> ?x28 0.0)))
 (let (($x176 (and $x33 (<= ?x28 ?x30))))
 (=> $x176 (<= ts_log!3 ts_log!4)))))))
(assert
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let (($x33 (> ?x28 0.0)))
 (let (($x180 (and $x33 (<= ?x28 ?x32))))
 (=> $x180 (<= ts_log!3 ts_log!5)))))))
(assert
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let (($x33 (> ?x28 0.0)))
 (let (($x184 (and $x33 (<= ?x28 ?x40))))
 (=> $x184 (<= ts_log!3 ts_log!6)))))))
(assert
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let (($x33 (> ?x28 0.0)))
 (let (($x188 (and $x33 (<= ?x28 ?x42))))
 (=> $x188 (<= ts_log!3 ts_log!7)))))))
(assert
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let (($x33 (> ?x28 0.0)))
 (let (($x192 (and $x33 (<= ?x28 ?x44))))
 (=> $x192 (<= ts_log!3 ts_log!8)))))))
(assert
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let (($x35 (> ?x30 0.0)))
 (let (($x196 (and $x35 (<= ?x30 x0_0))))
 (=> $x196 (<= ts_log!4 ts_log!0))))))
(assert
 (let (($x430 (<= ts_log!4 ts_log!1)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let (($x35 (> ?x30 0.0)))
 (let (($x200 (and $x35 (<= ?x30 x0_1))))
 (=> $x200 $x430))))))
(assert
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let (($x35 (> ?x30 0.0)))
 (let (($x203 (and $x35 (<= ?x30 x0_2))))
 (=> $x203 (<= ts_log!4 ts_log!2))))))
(assert
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let (($x35 (> ?x30 0.0)))
 (let (($x207 (and $x35 (<= ?x30 ?x28))))
 (=> $x207 (<= ts_log!4 ts_log!3)))))))
(assert
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let (($x35 (> ?x30 0.0)))
 (let (($x211 (and $x35 (<= ?x30 ?x32))))
 (=> $x211 (<= ts_log!4 ts_log!5)))))))
(assert
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let (($x35 (> ?x30 0.0)))
 (let (($x215 (and $x35 (<= ?x30 ?x40))))
 (=> $x215 (<= ts_log!4 ts_log!6)))))))
(assert
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let (($x35 (> ?x30 0.0)))
 (let (($x219 (and $x35 (<= ?x30 ?x42))))
 (=> $x219 (<= ts_log!4 ts_log!7)))))))
(assert
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let (($x35 (> ?x30 0.0)))
 (let (($x223 (and $x35 (<= ?x30 ?x44))))
 (=> $x223 (<= ts_log!4 ts_log!8)))))))
(assert
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let (($x37 (> ?x32 0.0)))
 (let (($x227 (and $x37 (<= ?x32 x0_0))))
 (=> $x227 (<= ts_log!5 ts_log!0))))))
(assert
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let (($x37 (> ?x32 0.0)))
 (let (($x231 (and $x37 (<= ?x32 x0_1))))
 (=> $x231 (<= ts_log!5 ts_log!1))))))
(assert
 (let (($x448 (<= ts_log!5 ts_log!2)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let (($x37 (> ?x32 0.0)))
 (let (($x235 (and $x37 (<= ?x32 x0_2))))
 (=> $x235 $x448))))))
(assert
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let (($x37 (> ?x32 0.0)))
 (let (($x238 (and $x37 (<= ?x32 ?x28))))
 (=> $x238 (<= ts_log!5 ts_log!3)))))))
(assert
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let (($x37 (> ?x32 0.0)))
 (let (($x242 (and $x37 (<= ?x32 ?x30))))
 (=> $x242 (<= ts_log!5 ts_log!4)))))))
(assert
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let (($x37 (> ?x32 0.0)))
 (let (($x246 (and $x37 (<= ?x32 ?x40))))
 (=> $x246 (<= ts_log!5 ts_log!6)))))))
(assert
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let (($x37 (> ?x32 0.0)))
 (let (($x250 (and $x37 (<= ?x32 ?x42))))
 (=> $x250 (<= ts_log!5 ts_log!7)))))))
(assert
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let (($x37 (> ?x32 0.0)))
 (let (($x254 (and $x37 (<= ?x32 ?x44))))
 (=> $x254 (<= ts_log!5 ts_log!8)))))))
(assert
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let (($x45 (> ?x40 0.0)))
 (let (($x258 (and $x45 (<= ?x40 x0_0))))
 (=> $x258 (<= ts_log!6 ts_log!0))))))
(assert
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let (($x45 (> ?x40 0.0)))
 (let (($x262 (and $x45 (<= ?x40 x0_1))))
 (=> $x262 (<= ts_log!6 ts_log!1))))))
(assert
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let (($x45 (> ?x40 0.0)))
 (let (($x266 (and $x45 (<= ?x40 x0_2))))
 (=> $x266 (<= ts_log!6 ts_log!2))))))
(assert
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let (($x45 (> ?x40 0.0)))
 (let (($x270 (and $x45 (<= ?x40 ?x28))))
 (=> $x270 (<= ts_log!6 ts_log!3)))))))
(assert
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let (($x45 (> ?x40 0.0)))
 (let (($x274 (and $x45 (<= ?x40 ?x30))))
 (=> $x274 (<= ts_log!6 ts_log!4)))))))
(assert
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let (($x45 (> ?x40 0.0)))
 (let (($x278 (and $x45 (<= ?x40 ?x32))))
 (=> $x278 (<= ts_log!6 ts_log!5)))))))
(assert
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let (($x45 (> ?x40 0.0)))
 (let (($x282 (and $x45 (<= ?x40 ?x42))))
 (=> $x282 (<= ts_log!6 ts_log!7)))))))
(assert
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let (($x45 (> ?x40 0.0)))
 (let (($x286 (and $x45 (<= ?x40 ?x44))))
 (=> $x286 (<= ts_log!6 ts_log!8)))))))
(assert
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let (($x47 (> ?x42 0.0)))
 (let (($x290 (and $x47 (<= ?x42 x0_0))))
 (=> $x290 (<= ts_log!7 ts_log!0))))))
(assert
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let (($x47 (> ?x42 0.0)))
 (let (($x294 (and $x47 (<= ?x42 x0_1))))
 (=> $x294 (<= ts_log!7 ts_log!1))))))
(assert
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let (($x47 (> ?x42 0.0)))
 (let (($x298 (and $x47 (<= ?x42 x0_2))))
 (=> $x298 (<= ts_log!7 ts_log!2))))))
(assert
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let (($x47 (> ?x42 0.0)))
 (let (($x302 (and $x47 (<= ?x42 ?x28))))
 (=> $x302 (<= ts_log!7 ts_log!3)))))))
(assert
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let (($x47 (> ?x42 0.0)))
 (let (($x306 (and $x47 (<= ?x42 ?x30))))
 (=> $x306 (<= ts_log!7 ts_log!4)))))))
(assert
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let (($x47 (> ?x42 0.0)))
 (let (($x310 (and $x47 (<= ?x42 ?x32))))
 (=> $x310 (<= ts_log!7 ts_log!5)))))))
(assert
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let (($x47 (> ?x42 0.0)))
 (let (($x314 (and $x47 (<= ?x42 ?x40))))
 (=> $x314 (<= ts_log!7 ts_log!6)))))))
(assert
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let (($x47 (> ?x42 0.0)))
 (let (($x318 (and $x47 (<= ?x42 ?x44))))
 (=> $x318 (<= ts_log!7 ts_log!8)))))))
(assert
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let (($x49 (> ?x44 0.0)))
 (let (($x322 (and $x49 (<= ?x44 x0_0))))
 (=> $x322 (<= ts_log!8 ts_log!0))))))
(assert
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let (($x49 (> ?x44 0.0)))
 (let (($x326 (and $x49 (<= ?x44 x0_1))))
 (=> $x326 (<= ts_log!8 ts_log!1))))))
(assert
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let (($x49 (> ?x44 0.0)))
 (let (($x330 (and $x49 (<= ?x44 x0_2))))
 (=> $x330 (<= ts_log!8 ts_log!2))))))
(assert
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let (($x49 (> ?x44 0.0)))
 (let (($x334 (and $x49 (<= ?x44 ?x28))))
 (=> $x334 (<= ts_log!8 ts_log!3)))))))
(assert
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let (($x49 (> ?x44 0.0)))
 (let (($x338 (and $x49 (<= ?x44 ?x30))))
 (=> $x338 (<= ts_log!8 ts_log!4)))))))
(assert
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let (($x49 (> ?x44 0.0)))
 (let (($x342 (and $x49 (<= ?x44 ?x32))))
 (=> $x342 (<= ts_log!8 ts_log!5)))))))
(assert
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let (($x49 (> ?x44 0.0)))
 (let (($x346 (and $x49 (<= ?x44 ?x40))))
 (=> $x346 (<= ts_log!8 ts_log!6)))))))
(assert
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let (($x49 (> ?x44 0.0)))
 (let (($x350 (and $x49 (<= ?x44 ?x42))))
 (=> $x350 (<= ts_log!8 ts_log!7)))))))
(assert
 (> x0_0 0.0))
(assert
 (> x0_1 0.0))
(assert
 (> x0_2 0.0))
(assert
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (> ?x28 0.0)))
(assert
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (> ?x30 0.0)))
(assert
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (> ?x32 0.0)))
(assert
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (> ?x40 0.0)))
(assert
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (> ?x42 0.0)))
(assert
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (> ?x44 0.0)))
(assert
 (not (or (= ts_log!6 +inf!) (<= ts_log!0 ts_log!6))))
(assert
 (let (($x513 (= ts_log!0 ts_log!1)))
 (=> (and (= x0_0 x0_1)) $x513)))
(assert
 (let (($x517 (= ts_log!0 ts_log!2)))
 (=> (and (= x0_0 x0_2)) $x517)))
(assert
 (let (($x521 (= ts_log!0 ts_log!3)))
 (=> (and (= x0_0 (ite (< 0.0 l0_0) l0_0 0.0))) $x521)))
(assert
 (let (($x525 (= ts_log!0 ts_log!4)))
 (=> (and (= x0_0 (ite (< 0.0 l0_1) l0_1 0.0))) $x525)))
(assert
 (let (($x529 (= ts_log!0 ts_log!5)))
 (=> (and (= x0_0 (ite (< 0.0 l0_2) l0_2 0.0))) $x529)))
(assert
 (let (($x533 (= ts_log!0 ts_log!6)))
 (=> (and (= x0_0 (ite (< 0.0 u0_0) u0_0 0.0))) $x533)))
(assert
 (let (($x537 (= ts_log!0 ts_log!7)))
 (=> (and (= x0_0 (ite (< 0.0 u0_1) u0_1 0.0))) $x537)))
(assert
 (let (($x541 (= ts_log!0 ts_log!8)))
 (=> (and (= x0_0 (ite (< 0.0 u0_2) u0_2 0.0))) $x541)))
(assert
 (let (($x545 (= ts_log!1 ts_log!2)))
 (=> (and (= x0_1 x0_2)) $x545)))
(assert
 (let (($x549 (= ts_log!1 ts_log!3)))
 (=> (and (= x0_1 (ite (< 0.0 l0_0) l0_0 0.0))) $x549)))
(assert
 (let (($x553 (= ts_log!1 ts_log!4)))
 (=> (and (= x0_1 (ite (< 0.0 l0_1) l0_1 0.0))) $x553)))
(assert
 (let (($x557 (= ts_log!1 ts_log!5)))
 (=> (and (= x0_1 (ite (< 0.0 l0_2) l0_2 0.0))) $x557)))
(assert
 (let (($x561 (= ts_log!1 ts_log!6)))
 (=> (and (= x0_1 (ite (< 0.0 u0_0) u0_0 0.0))) $x561)))
(assert
 (let (($x565 (= ts_log!1 ts_log!7)))
 (=> (and (= x0_1 (ite (< 0.0 u0_1) u0_1 0.0))) $x565)))
(assert
 (let (($x569 (= ts_log!1 ts_log!8)))
 (=> (and (= x0_1 (ite (< 0.0 u0_2) u0_2 0.0))) $x569)))
(assert
 (let (($x573 (= ts_log!2 ts_log!3)))
 (=> (and (= x0_2 (ite (< 0.0 l0_0) l0_0 0.0))) $x573)))
(assert
 (let (($x577 (= ts_log!2 ts_log!4)))
 (=> (and (= x0_2 (ite (< 0.0 l0_1) l0_1 0.0))) $x577)))
(assert
 (let (($x581 (= ts_log!2 ts_log!5)))
 (=> (and (= x0_2 (ite (< 0.0 l0_2) l0_2 0.0))) $x581)))
(assert
 (let (($x585 (= ts_log!2 ts_log!6)))
 (=> (and (= x0_2 (ite (< 0.0 u0_0) u0_0 0.0))) $x585)))
(assert
 (let (($x589 (= ts_log!2 ts_log!7)))
 (=> (and (= x0_2 (ite (< 0.0 u0_1) u0_1 0.0))) $x589)))
(assert
 (let (($x593 (= ts_log!2 ts_log!8)))
 (=> (and (= x0_2 (ite (< 0.0 u0_2) u0_2 0.0))) $x593)))
(assert
 (let (($x597 (= ts_log!3 ts_log!4)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x28 ?x30)) $x597)))))
(assert
 (let (($x601 (= ts_log!3 ts_log!5)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x28 ?x32)) $x601)))))
(assert
 (let (($x605 (= ts_log!3 ts_log!6)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x28 ?x40)) $x605)))))
(assert
 (let (($x609 (= ts_log!3 ts_log!7)))
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x28 ?x42)) $x609)))))
(assert
 (let (($x613 (= ts_log!3 ts_log!8)))
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x28 ?x44)) $x613)))))
(assert
 (let (($x617 (= ts_log!4 ts_log!5)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (=> (and (= ?x30 ?x32)) $x617)))))
(assert
 (let (($x621 (= ts_log!4 ts_log!6)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (=> (and (= ?x30 ?x40)) $x621)))))
(assert
 (let (($x625 (= ts_log!4 ts_log!7)))
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (=> (and (= ?x30 ?x42)) $x625)))))
(assert
 (let (($x629 (= ts_log!4 ts_log!8)))
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (=> (and (= ?x30 ?x44)) $x629)))))
(assert
 (let (($x633 (= ts_log!5 ts_log!6)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (=> (and (= ?x32 ?x40)) $x633)))))
(assert
 (let (($x637 (= ts_log!5 ts_log!7)))
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (=> (and (= ?x32 ?x42)) $x637)))))
(assert
 (let (($x641 (= ts_log!5 ts_log!8)))
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (=> (and (= ?x32 ?x44)) $x641)))))
(assert
 (let (($x645 (= ts_log!6 ts_log!7)))
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (=> (and (= ?x40 ?x42)) $x645)))))
(assert
 (let (($x649 (= ts_log!6 ts_log!8)))
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (=> (and (= ?x40 ?x44)) $x649)))))
(assert
 (let (($x653 (= ts_log!7 ts_log!8)))
(let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
(let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
(=> (and (= ?x42 ?x44)) $x653)))))
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
(declare-fun ts_log!1 () Real)
(declare-fun ts_log!0 () Real)
(declare-fun ts_log!2 () Real)
(declare-fun ts_log!3 () Real)
(declare-fun ts_log!4 () Real)
(declare-fun ts_log!5 () Real)
(declare-fun ts_log!6 () Real)
(declare-fun ts_log!7 () Real)
(declare-fun ts_log!8 () Real)
(declare-fun -inf! () Real)
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
 (let (($x21 (> x0_0 0.0)))
 (let (($x72 (and $x21 (<= x0_0 x0_1))))
 (=> $x72 (<= ts_log!0 ts_log!1)))))
(assert
 (let (($x21 (> x0_0 0.0)))
 (let (($x76 (and $x21 (<= x0_0 x0_2))))
 (=> $x76 (<= ts_log!0 ts_log!2)))))
(assert
 (let (($x21 (> x0_0 0.0)))
 (let (($x80 (and $x21 (<= x0_0 (ite (< 0.0 l0_0) l0_0 0.0)))))
 (=> $x80 (<= ts_log!0 ts_log!3)))))
(assert
 (let (($x21 (> x0_0 0.0)))
 (let (($x84 (and $x21 (<= x0_0 (ite (< 0.0 l0_1) l0_1 0.0)))))
 (=> $x84 (<= ts_log!0 ts_log!4)))))
(assert
 (let (($x21 (> x0_0 0.0)))
 (let (($x88 (and $x21 (<= x0_0 (ite (< 0.0 l0_2) l0_2 0.0)))))
 (=> $x88 (<= ts_log!0 ts_log!5)))))
(assert
 (let (($x374 (<= ts_log!0 ts_log!6)))
 (let (($x21 (> x0_0 0.0)))
 (let (($x92 (and $x21 (<= x0_0 (ite (< 0.0 u0_0) u0_0 0.0)))))
 (=> $x92 $x374)))))
(assert
 (let (($x21 (> x0_0 0.0)))
 (let (($x95 (and $x21 (<= x0_0 (ite (< 0.0 u0_1) u0_1 0.0)))))
 (=> $x95 (<= ts_log!0 ts_log!7)))))
(assert
 (let (($x21 (> x0_0 0.0)))
 (let (($x99 (and $x21 (<= x0_0 (ite (< 0.0 u0_2) u0_2 0.0)))))
 (=> $x99 (<= ts_log!0 ts_log!8)))))
(assert
 (let (($x23 (> x0_1 0.0)))
 (let (($x103 (and $x23 (<= x0_1 x0_0))))
 (=> $x103 (<= ts_log!1 ts_log!0)))))
(assert
 (let (($x23 (> x0_1 0.0)))
 (let (($x107 (and $x23 (<= x0_1 x0_2))))
 (=> $x107 (<= ts_log!1 ts_log!2)))))
(assert
 (let (($x23 (> x0_1 0.0)))
 (let (($x111 (and $x23 (<= x0_1 (ite (< 0.0 l0_0) l0_0 0.0)))))
 (=> $x111 (<= ts_log!1 ts_log!3)))))
(assert
 (let (($x23 (> x0_1 0.0)))
 (let (($x115 (and $x23 (<= x0_1 (ite (< 0.0 l0_1) l0_1 0.0)))))
 (=> $x115 (<= ts_log!1 ts_log!4)))))
(assert
 (let (($x23 (> x0_1 0.0)))
 (let (($x119 (and $x23 (<= x0_1 (ite (< 0.0 l0_2) l0_2 0.0)))))
 (=> $x119 (<= ts_log!1 ts_log!5)))))
(assert
 (let (($x23 (> x0_1 0.0)))
 (let (($x123 (and $x23 (<= x0_1 (ite (< 0.0 u0_0) u0_0 0.0)))))
 (=> $x123 (<= ts_log!1 ts_log!6)))))
(assert
 (let (($x392 (<= ts_log!1 ts_log!7)))
 (let (($x23 (> x0_1 0.0)))
 (let (($x127 (and $x23 (<= x0_1 (ite (< 0.0 u0_1) u0_1 0.0)))))
 (=> $x127 $x392)))))
(assert
 (let (($x23 (> x0_1 0.0)))
 (let (($x130 (and $x23 (<= x0_1 (ite (< 0.0 u0_2) u0_2 0.0)))))
 (=> $x130 (<= ts_log!1 ts_log!8)))))
(assert
 (let (($x25 (> x0_2 0.0)))
 (let (($x134 (and $x25 (<= x0_2 x0_0))))
 (=> $x134 (<= ts_log!2 ts_log!0)))))
(assert
 (let (($x25 (> x0_2 0.0)))
 (let (($x138 (and $x25 (<= x0_2 x0_1))))
 (=> $x138 (<= ts_log!2 ts_log!1)))))
(assert
 (let (($x25 (> x0_2 0.0)))
 (let (($x142 (and $x25 (<= x0_2 (ite (< 0.0 l0_0) l0_0 0.0)))))
 (=> $x142 (<= ts_log!2 ts_log!3)))))
(assert
 (let (($x25 (> x0_2 0.0)))
 (let (($x146 (and $x25 (<= x0_2 (ite (< 0.0 l0_1) l0_1 0.0)))))
 (=> $x146 (<= ts_log!2 ts_log!4)))))
(assert
 (let (($x25 (> x0_2 0.0)))
 (let (($x150 (and $x25 (<= x0_2 (ite (< 0.0 l0_2) l0_2 0.0)))))
 (=> $x150 (<= ts_log!2 ts_log!5)))))
(assert
 (let (($x25 (> x0_2 0.0)))
 (let (($x154 (and $x25 (<= x0_2 (ite (< 0.0 u0_0) u0_0 0.0)))))
 (=> $x154 (<= ts_log!2 ts_log!6)))))
(assert
 (let (($x25 (> x0_2 0.0)))
 (let (($x158 (and $x25 (<= x0_2 (ite (< 0.0 u0_1) u0_1 0.0)))))
 (=> $x158 (<= ts_log!2 ts_log!7)))))
(assert
 (let (($x410 (<= ts_log!2 ts_log!8)))
 (let (($x25 (> x0_2 0.0)))
 (let (($x162 (and $x25 (<= x0_2 (ite (< 0.0 u0_2) u0_2 0.0)))))
 (=> $x162 $x410)))))
(assert
 (let (($x412 (<= ts_log!3 ts_log!0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let (($x33 (> ?x28 0.0)))
 (let (($x165 (and $x33 (<= ?x28 x0_0))))
 (=> $x165 $x412))))))
(assert
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let (($x33 (> ?x28 0.0)))
 (let (($x168 (and $x33 (<= ?x28 x0_1))))
 (=> $x168 (<= ts_log!3 ts_log!1))))))
(assert
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let (($x33 (> ?x28 0.0)))
 (let (($x172 (and $x33 (<= ?x28 x0_2))))
 (=> $x172 (<= ts_log!3 ts_log!2))))))
(assert
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let (($x33 (> ?x28 0.0)))
 (let (($x176 (and $x33 (<= ?x28 ?x30))))
 (=> $x176 (<= ts_log!3 ts_log!4)))))))
(assert
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let (($x33 (> ?x28 0.0)))
 (let (($x180 (and $x33 (<= ?x28 ?x32))))
 (=> $x180 (<= ts_log!3 ts_log!5)))))))
(assert
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let (($x33 (> ?x28 0.0)))
 (let (($x184 (and $x33 (<= ?x28 ?x40))))
 (=> $x184 (<= ts_log!3 ts_log!6)))))))
(assert
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let (($x33 (> ?x28 0.0)))
 (let (($x188 (and $x33 (<= ?x28 ?x42))))
 (=> $x188 (<= ts_log!3 ts_log!7)))))))
(assert
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let (($x33 (> ?x28 0.0)))
 (let (($x192 (and $x33 (<= ?x28 ?x44))))
 (=> $x192 (<= ts_log!3 ts_log!8)))))))
(assert
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let (($x35 (> ?x30 0.0)))
 (let (($x196 (and $x35 (<= ?x30 x0_0))))
 (=> $x196 (<= ts_log!4 ts_log!0))))))
(assert
 (let (($x430 (<= ts_log!4 ts_log!1)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let (($x35 (> ?x30 0.0)))
 (let (($x200 (and $x35 (<= ?x30 x0_1))))
 (=> $x200 $x430))))))
(assert
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let (($x35 (> ?x30 0.0)))
 (let (($x203 (and $x35 (<= ?x30 x0_2))))
 (=> $x203 (<= ts_log!4 ts_log!2))))))
(assert
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let (($x35 (> ?x30 0.0)))
 (let (($x207 (and $x35 (<= ?x30 ?x28))))
 (=> $x207 (<= ts_log!4 ts_log!3)))))))
(assert
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let (($x35 (> ?x30 0.0)))
 (let (($x211 (and $x35 (<= ?x30 ?x32))))
 (=> $x211 (<= ts_log!4 ts_log!5)))))))
(assert
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let (($x35 (> ?x30 0.0)))
 (let (($x215 (and $x35 (<= ?x30 ?x40))))
 (=> $x215 (<= ts_log!4 ts_log!6)))))))
(assert
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let (($x35 (> ?x30 0.0)))
 (let (($x219 (and $x35 (<= ?x30 ?x42))))
 (=> $x219 (<= ts_log!4 ts_log!7)))))))
(assert
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let (($x35 (> ?x30 0.0)))
 (let (($x223 (and $x35 (<= ?x30 ?x44))))
 (=> $x223 (<= ts_log!4 ts_log!8)))))))
(assert
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let (($x37 (> ?x32 0.0)))
 (let (($x227 (and $x37 (<= ?x32 x0_0))))
 (=> $x227 (<= ts_log!5 ts_log!0))))))
(assert
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let (($x37 (> ?x32 0.0)))
 (let (($x231 (and $x37 (<= ?x32 x0_1))))
 (=> $x231 (<= ts_log!5 ts_log!1))))))
(assert
 (let (($x448 (<= ts_log!5 ts_log!2)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let (($x37 (> ?x32 0.0)))
 (let (($x235 (and $x37 (<= ?x32 x0_2))))
 (=> $x235 $x448))))))
(assert
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let (($x37 (> ?x32 0.0)))
 (let (($x238 (and $x37 (<= ?x32 ?x28))))
 (=> $x238 (<= ts_log!5 ts_log!3)))))))
(assert
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let (($x37 (> ?x32 0.0)))
 (let (($x242 (and $x37 (<= ?x32 ?x30))))
 (=> $x242 (<= ts_log!5 ts_log!4)))))))
(assert
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let (($x37 (> ?x32 0.0)))
 (let (($x246 (and $x37 (<= ?x32 ?x40))))
 (=> $x246 (<= ts_log!5 ts_log!6)))))))
(assert
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let (($x37 (> ?x32 0.0)))
 (let (($x250 (and $x37 (<= ?x32 ?x42))))
 (=> $x250 (<= ts_log!5 ts_log!7)))))))
(assert
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let (($x37 (> ?x32 0.0)))
 (let (($x254 (and $x37 (<= ?x32 ?x44))))
 (=> $x254 (<= ts_log!5 ts_log!8)))))))
(assert
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let (($x45 (> ?x40 0.0)))
 (let (($x258 (and $x45 (<= ?x40 x0_0))))
 (=> $x258 (<= ts_log!6 ts_log!0))))))
(assert
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let (($x45 (> ?x40 0.0)))
 (let (($x262 (and $x45 (<= ?x40 x0_1))))
 (=> $x262 (<= ts_log!6 ts_log!1))))))
(assert
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let (($x45 (> ?x40 0.0)))
 (let (($x266 (and $x45 (<= ?x40 x0_2))))
 (=> $x266 (<= ts_log!6 ts_log!2))))))
(assert
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let (($x45 (> ?x40 0.0)))
 (let (($x270 (and $x45 (<= ?x40 ?x28))))
 (=> $x270 (<= ts_log!6 ts_log!3)))))))
(assert
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let (($x45 (> ?x40 0.0)))
 (let (($x274 (and $x45 (<= ?x40 ?x30))))
 (=> $x274 (<= ts_log!6 ts_log!4)))))))
(assert
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let (($x45 (> ?x40 0.0)))
 (let (($x278 (and $x45 (<= ?x40 ?x32))))
 (=> $x278 (<= ts_log!6 ts_log!5)))))))
(assert
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let (($x45 (> ?x40 0.0)))
 (let (($x282 (and $x45 (<= ?x40 ?x42))))
 (=> $x282 (<= ts_log!6 ts_log!7)))))))
(assert
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let (($x45 (> ?x40 0.0)))
 (let (($x286 (and $x45 (<= ?x40 ?x44))))
 (=> $x286 (<= ts_log!6 ts_log!8)))))))
(assert
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let (($x47 (> ?x42 0.0)))
 (let (($x290 (and $x47 (<= ?x42 x0_0))))
 (=> $x290 (<= ts_log!7 ts_log!0))))))
(assert
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let (($x47 (> ?x42 0.0)))
 (let (($x294 (and $x47 (<= ?x42 x0_1))))
 (=> $x294 (<= ts_log!7 ts_log!1))))))
(assert
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let (($x47 (> ?x42 0.0)))
 (let (($x298 (and $x47 (<= ?x42 x0_2))))
 (=> $x298 (<= ts_log!7 ts_log!2))))))
(assert
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let (($x47 (> ?x42 0.0)))
 (let (($x302 (and $x47 (<= ?x42 ?x28))))
 (=> $x302 (<= ts_log!7 ts_log!3)))))))
(assert
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let (($x47 (> ?x42 0.0)))
 (let (($x306 (and $x47 (<= ?x42 ?x30))))
 (=> $x306 (<= ts_log!7 ts_log!4)))))))
(assert
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let (($x47 (> ?x42 0.0)))
 (let (($x310 (and $x47 (<= ?x42 ?x32))))
 (=> $x310 (<= ts_log!7 ts_log!5)))))))
(assert
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let (($x47 (> ?x42 0.0)))
 (let (($x314 (and $x47 (<= ?x42 ?x40))))
 (=> $x314 (<= ts_log!7 ts_log!6)))))))
(assert
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let (($x47 (> ?x42 0.0)))
 (let (($x318 (and $x47 (<= ?x42 ?x44))))
 (=> $x318 (<= ts_log!7 ts_log!8)))))))
(assert
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let (($x49 (> ?x44 0.0)))
 (let (($x322 (and $x49 (<= ?x44 x0_0))))
 (=> $x322 (<= ts_log!8 ts_log!0))))))
(assert
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let (($x49 (> ?x44 0.0)))
 (let (($x326 (and $x49 (<= ?x44 x0_1))))
 (=> $x326 (<= ts_log!8 ts_log!1))))))
(assert
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let (($x49 (> ?x44 0.0)))
 (let (($x330 (and $x49 (<= ?x44 x0_2))))
 (=> $x330 (<= ts_log!8 ts_log!2))))))
(assert
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let (($x49 (> ?x44 0.0)))
 (let (($x334 (and $x49 (<= ?x44 ?x28))))
 (=> $x334 (<= ts_log!8 ts_log!3)))))))
(assert
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let (($x49 (> ?x44 0.0)))
 (let (($x338 (and $x49 (<= ?x44 ?x30))))
 (=> $x338 (<= ts_log!8 ts_log!4)))))))
(assert
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let (($x49 (> ?x44 0.0)))
 (let (($x342 (and $x49 (<= ?x44 ?x32))))
 (=> $x342 (<= ts_log!8 ts_log!5)))))))
(assert
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let (($x49 (> ?x44 0.0)))
 (let (($x346 (and $x49 (<= ?x44 ?x40))))
 (=> $x346 (<= ts_log!8 ts_log!6)))))))
(assert
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let (($x49 (> ?x44 0.0)))
 (let (($x350 (and $x49 (<= ?x44 ?x42))))
 (=> $x350 (<= ts_log!8 ts_log!7)))))))
(assert
 (> x0_0 0.0))
(assert
 (> x0_1 0.0))
(assert
 (> x0_2 0.0))
(assert
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (> ?x28 0.0)))
(assert
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (> ?x30 0.0)))
(assert
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (> ?x32 0.0)))
(assert
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (> ?x40 0.0)))
(assert
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (> ?x42 0.0)))
(assert
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (> ?x44 0.0)))
(assert
 (not (or (= ts_log!4 -inf!) (<= ts_log!4 ts_log!1))))
(assert
 (let (($x513 (= ts_log!0 ts_log!1)))
 (=> (and (= x0_0 x0_1)) $x513)))
(assert
 (let (($x517 (= ts_log!0 ts_log!2)))
 (=> (and (= x0_0 x0_2)) $x517)))
(assert
 (let (($x521 (= ts_log!0 ts_log!3)))
 (=> (and (= x0_0 (ite (< 0.0 l0_0) l0_0 0.0))) $x521)))
(assert
 (let (($x525 (= ts_log!0 ts_log!4)))
 (=> (and (= x0_0 (ite (< 0.0 l0_1) l0_1 0.0))) $x525)))
(assert
 (let (($x529 (= ts_log!0 ts_log!5)))
 (=> (and (= x0_0 (ite (< 0.0 l0_2) l0_2 0.0))) $x529)))
(assert
 (let (($x533 (= ts_log!0 ts_log!6)))
 (=> (and (= x0_0 (ite (< 0.0 u0_0) u0_0 0.0))) $x533)))
(assert
 (let (($x537 (= ts_log!0 ts_log!7)))
 (=> (and (= x0_0 (ite (< 0.0 u0_1) u0_1 0.0))) $x537)))
(assert
 (let (($x541 (= ts_log!0 ts_log!8)))
 (=> (and (= x0_0 (ite (< 0.0 u0_2) u0_2 0.0))) $x541)))
(assert
 (let (($x545 (= ts_log!1 ts_log!2)))
 (=> (and (= x0_1 x0_2)) $x545)))
(assert
 (let (($x549 (= ts_log!1 ts_log!3)))
 (=> (and (= x0_1 (ite (< 0.0 l0_0) l0_0 0.0))) $x549)))
(assert
 (let (($x553 (= ts_log!1 ts_log!4)))
 (=> (and (= x0_1 (ite (< 0.0 l0_1) l0_1 0.0))) $x553)))
(assert
 (let (($x557 (= ts_log!1 ts_log!5)))
 (=> (and (= x0_1 (ite (< 0.0 l0_2) l0_2 0.0))) $x557)))
(assert
 (let (($x561 (= ts_log!1 ts_log!6)))
 (=> (and (= x0_1 (ite (< 0.0 u0_0) u0_0 0.0))) $x561)))
(assert
 (let (($x565 (= ts_log!1 ts_log!7)))
 (=> (and (= x0_1 (ite (< 0.0 u0_1) u0_1 0.0))) $x565)))
(assert
 (let (($x569 (= ts_log!1 ts_log!8)))
 (=> (and (= x0_1 (ite (< 0.0 u0_2) u0_2 0.0))) $x569)))
(assert
 (let (($x573 (= ts_log!2 ts_log!3)))
 (=> (and (= x0_2 (ite (< 0.0 l0_0) l0_0 0.0))) $x573)))
(assert
 (let (($x577 (= ts_log!2 ts_log!4)))
 (=> (and (= x0_2 (ite (< 0.0 l0_1) l0_1 0.0))) $x577)))
(assert
 (let (($x581 (= ts_log!2 ts_log!5)))
 (=> (and (= x0_2 (ite (< 0.0 l0_2) l0_2 0.0))) $x581)))
(assert
 (let (($x585 (= ts_log!2 ts_log!6)))
 (=> (and (= x0_2 (ite (< 0.0 u0_0) u0_0 0.0))) $x585)))
(assert
 (let (($x589 (= ts_log!2 ts_log!7)))
 (=> (and (= x0_2 (ite (< 0.0 u0_1) u0_1 0.0))) $x589)))
(assert
 (let (($x593 (= ts_log!2 ts_log!8)))
 (=> (and (= x0_2 (ite (< 0.0 u0_2) u0_2 0.0))) $x593)))
(assert
 (let (($x597 (= ts_log!3 ts_log!4)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x28 ?x30)) $x597)))))
(assert
 (let (($x601 (= ts_log!3 ts_log!5)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x28 ?x32)) $x601)))))
(assert
 (let (($x605 (= ts_log!3 ts_log!6)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x28 ?x40)) $x605)))))
(assert
 (let (($x609 (= ts_log!3 ts_log!7)))
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x28 ?x42)) $x609)))))
(assert
 (let (($x613 (= ts_log!3 ts_log!8)))
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x28 ?x44)) $x613)))))
(assert
 (let (($x617 (= ts_log!4 ts_log!5)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (=> (and (= ?x30 ?x32)) $x617)))))
(assert
 (let (($x621 (= ts_log!4 ts_log!6)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (=> (and (= ?x30 ?x40)) $x621)))))
(assert
 (let (($x625 (= ts_log!4 ts_log!7)))
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (=> (and (= ?x30 ?x42)) $x625)))))
(assert
 (let (($x629 (= ts_log!4 ts_log!8)))
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (=> (and (= ?x30 ?x44)) $x629)))))
(assert
 (let (($x633 (= ts_log!5 ts_log!6)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (=> (and (= ?x32 ?x40)) $x633)))))
(assert
 (let (($x637 (= ts_log!5 ts_log!7)))
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (=> (and (= ?x32 ?x42)) $x637)))))
(assert
 (let (($x641 (= ts_log!5 ts_log!8)))
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (=> (and (= ?x32 ?x44)) $x641)))))
(assert
 (let (($x645 (= ts_log!6 ts_log!7)))
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (=> (and (= ?x40 ?x42)) $x645)))))
(assert
 (let (($x649 (= ts_log!6 ts_log!8)))
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (=> (and (= ?x40 ?x44)) $x649)))))
(assert
 (let (($x653 (= ts_log!7 ts_log!8)))
(let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
(let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
(=> (and (= ?x42 ?x44)) $x653)))))
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
(declare-fun ts_log!1 () Real)
(declare-fun ts_log!0 () Real)
(declare-fun ts_log!2 () Real)
(declare-fun ts_log!3 () Real)
(declare-fun ts_log!4 () Real)
(declare-fun ts_log!5 () Real)
(declare-fun ts_log!6 () Real)
(declare-fun ts_log!7 () Real)
(declare-fun ts_log!8 () Real)
(declare-fun +inf! () Real)
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
 (let (($x21 (> x0_0 0.0)))
 (let (($x72 (and $x21 (<= x0_0 x0_1))))
 (=> $x72 (<= ts_log!0 ts_log!1)))))
(assert
 (let (($x21 (> x0_0 0.0)))
 (let (($x76 (and $x21 (<= x0_0 x0_2))))
 (=> $x76 (<= ts_log!0 ts_log!2)))))
(assert
 (let (($x21 (> x0_0 0.0)))
 (let (($x80 (and $x21 (<= x0_0 (ite (< 0.0 l0_0) l0_0 0.0)))))
 (=> $x80 (<= ts_log!0 ts_log!3)))))
(assert
 (let (($x21 (> x0_0 0.0)))
 (let (($x84 (and $x21 (<= x0_0 (ite (< 0.0 l0_1) l0_1 0.0)))))
 (=> $x84 (<= ts_log!0 ts_log!4)))))
(assert
 (let (($x21 (> x0_0 0.0)))
 (let (($x88 (and $x21 (<= x0_0 (ite (< 0.0 l0_2) l0_2 0.0)))))
 (=> $x88 (<= ts_log!0 ts_log!5)))))
(assert
 (let (($x374 (<= ts_log!0 ts_log!6)))
 (let (($x21 (> x0_0 0.0)))
 (let (($x92 (and $x21 (<= x0_0 (ite (< 0.0 u0_0) u0_0 0.0)))))
 (=> $x92 $x374)))))
(assert
 (let (($x21 (> x0_0 0.0)))
 (let (($x95 (and $x21 (<= x0_0 (ite (< 0.0 u0_1) u0_1 0.0)))))
 (=> $x95 (<= ts_log!0 ts_log!7)))))
(assert
 (let (($x21 (> x0_0 0.0)))
 (let (($x99 (and $x21 (<= x0_0 (ite (< 0.0 u0_2) u0_2 0.0)))))
 (=> $x99 (<= ts_log!0 ts_log!8)))))
(assert
 (let (($x23 (> x0_1 0.0)))
 (let (($x103 (and $x23 (<= x0_1 x0_0))))
 (=> $x103 (<= ts_log!1 ts_log!0)))))
(assert
 (let (($x23 (> x0_1 0.0)))
 (let (($x107 (and $x23 (<= x0_1 x0_2))))
 (=> $x107 (<= ts_log!1 ts_log!2)))))
(assert
 (let (($x23 (> x0_1 0.0)))
 (let (($x111 (and $x23 (<= x0_1 (ite (< 0.0 l0_0) l0_0 0.0)))))
 (=> $x111 (<= ts_log!1 ts_log!3)))))
(assert
 (let (($x23 (> x0_1 0.0)))
 (let (($x115 (and $x23 (<= x0_1 (ite (< 0.0 l0_1) l0_1 0.0)))))
 (=> $x115 (<= ts_log!1 ts_log!4)))))
(assert
 (let (($x23 (> x0_1 0.0)))
 (let (($x119 (and $x23 (<= x0_1 (ite (< 0.0 l0_2) l0_2 0.0)))))
 (=> $x119 (<= ts_log!1 ts_log!5)))))
(assert
 (let (($x23 (> x0_1 0.0)))
 (let (($x123 (and $x23 (<= x0_1 (ite (< 0.0 u0_0) u0_0 0.0)))))
 (=> $x123 (<= ts_log!1 ts_log!6)))))
(assert
 (let (($x392 (<= ts_log!1 ts_log!7)))
 (let (($x23 (> x0_1 0.0)))
 (let (($x127 (and $x23 (<= x0_1 (ite (< 0.0 u0_1) u0_1 0.0)))))
 (=> $x127 $x392)))))
(assert
 (let (($x23 (> x0_1 0.0)))
 (let (($x130 (and $x23 (<= x0_1 (ite (< 0.0 u0_2) u0_2 0.0)))))
 (=> $x130 (<= ts_log!1 ts_log!8)))))
(assert
 (let (($x25 (> x0_2 0.0)))
 (let (($x134 (and $x25 (<= x0_2 x0_0))))
 (=> $x134 (<= ts_log!2 ts_log!0)))))
(assert
 (let (($x25 (> x0_2 0.0)))
 (let (($x138 (and $x25 (<= x0_2 x0_1))))
 (=> $x138 (<= ts_log!2 ts_log!1)))))
(assert
 (let (($x25 (> x0_2 0.0)))
 (let (($x142 (and $x25 (<= x0_2 (ite (< 0.0 l0_0) l0_0 0.0)))))
 (=> $x142 (<= ts_log!2 ts_log!3)))))
(assert
 (let (($x25 (> x0_2 0.0)))
 (let (($x146 (and $x25 (<= x0_2 (ite (< 0.0 l0_1) l0_1 0.0)))))
 (=> $x146 (<= ts_log!2 ts_log!4)))))
(assert
 (let (($x25 (> x0_2 0.0)))
 (let (($x150 (and $x25 (<= x0_2 (ite (< 0.0 l0_2) l0_2 0.0)))))
 (=> $x150 (<= ts_log!2 ts_log!5)))))
(assert
 (let (($x25 (> x0_2 0.0)))
 (let (($x154 (and $x25 (<= x0_2 (ite (< 0.0 u0_0) u0_0 0.0)))))
 (=> $x154 (<= ts_log!2 ts_log!6)))))
(assert
 (let (($x25 (> x0_2 0.0)))
 (let (($x158 (and $x25 (<= x0_2 (ite (< 0.0 u0_1) u0_1 0.0)))))
 (=> $x158 (<= ts_log!2 ts_log!7)))))
(assert
 (let (($x410 (<= ts_log!2 ts_log!8)))
 (let (($x25 (> x0_2 0.0)))
 (let (($x162 (and $x25 (<= x0_2 (ite (< 0.0 u0_2) u0_2 0.0)))))
 (=> $x162 $x410)))))
(assert
 (let (($x412 (<= ts_log!3 ts_log!0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let (($x33 (> ?x28 0.0)))
 (let (($x165 (and $x33 (<= ?x28 x0_0))))
 (=> $x165 $x412))))))
(assert
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let (($x33 (> ?x28 0.0)))
 (let (($x168 (and $x33 (<= ?x28 x0_1))))
 (=> $x168 (<= ts_log!3 ts_log!1))))))
(assert
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let (($x33 (> ?x28 0.0)))
 (let (($x172 (and $x33 (<= ?x28 x0_2))))
 (=> $x172 (<= ts_log!3 ts_log!2))))))
(assert
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let (($x33 (> ?x28 0.0)))
 (let (($x176 (and $x33 (<= ?x28 ?x30))))
 (=> $x176 (<= ts_log!3 ts_log!4)))))))
(assert
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let (($x33 (> ?x28 0.0)))
 (let (($x180 (and $x33 (<= ?x28 ?x32))))
 (=> $x180 (<= ts_log!3 ts_log!5)))))))
(assert
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let (($x33 (> ?x28 0.0)))
 (let (($x184 (and $x33 (<= ?x28 ?x40))))
 (=> $x184 (<= ts_log!3 ts_log!6)))))))
(assert
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let (($x33 (> ?x28 0.0)))
 (let (($x188 (and $x33 (<= ?x28 ?x42))))
 (=> $x188 (<= ts_log!3 ts_log!7)))))))
(assert
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let (($x33 (> ?x28 0.0)))
 (let (($x192 (and $x33 (<= ?x28 ?x44))))
 (=> $x192 (<= ts_log!3 ts_log!8)))))))
(assert
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let (($x35 (> ?x30 0.0)))
 (let (($x196 (and $x35 (<= ?x30 x0_0))))
 (=> $x196 (<= ts_log!4 ts_log!0))))))
(assert
 (let (($x430 (<= ts_log!4 ts_log!1)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let (($x35 (> ?x30 0.0)))
 (let (($x200 (and $x35 (<= ?x30 x0_1))))
 (=> $x200 $x430))))))
(assert
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let (($x35 (> ?x30 0.0)))
 (let (($x203 (and $x35 (<= ?x30 x0_2))))
 (=> $x203 (<= ts_log!4 ts_log!2))))))
(assert
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let (($x35 (> ?x30 0.0)))
 (let (($x207 (and $x35 (<= ?x30 ?x28))))
 (=> $x207 (<= ts_log!4 ts_log!3)))))))
(assert
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let (($x35 (> ?x30 0.0)))
 (let (($x211 (and $x35 (<= ?x30 ?x32))))
 (=> $x211 (<= ts_log!4 ts_log!5)))))))
(assert
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let (($x35 (> ?x30 0.0)))
 (let (($x215 (and $x35 (<= ?x30 ?x40))))
 (=> $x215 (<= ts_log!4 ts_log!6)))))))
(assert
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let (($x35 (> ?x30 0.0)))
 (let (($x219 (and $x35 (<= ?x30 ?x42))))
 (=> $x219 (<= ts_log!4 ts_log!7)))))))
(assert
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let (($x35 (> ?x30 0.0)))
 (let (($x223 (and $x35 (<= ?x30 ?x44))))
 (=> $x223 (<= ts_log!4 ts_log!8)))))))
(assert
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let (($x37 (> ?x32 0.0)))
 (let (($x227 (and $x37 (<= ?x32 x0_0))))
 (=> $x227 (<= ts_log!5 ts_log!0))))))
(assert
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let (($x37 (> ?x32 0.0)))
 (let (($x231 (and $x37 (<= ?x32 x0_1))))
 (=> $x231 (<= ts_log!5 ts_log!1))))))
(assert
 (let (($x448 (<= ts_log!5 ts_log!2)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let (($x37 (> ?x32 0.0)))
 (let (($x235 (and $x37 (<= ?x32 x0_2))))
 (=> $x235 $x448))))))
(assert
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let (($x37 (> ?x32 0.0)))
 (let (($x238 (and $x37 (<= ?x32 ?x28))))
 (=> $x238 (<= ts_log!5 ts_log!3)))))))
(assert
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let (($x37 (> ?x32 0.0)))
 (let (($x242 (and $x37 (<= ?x32 ?x30))))
 (=> $x242 (<= ts_log!5 ts_log!4)))))))
(assert
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let (($x37 (> ?x32 0.0)))
 (let (($x246 (and $x37 (<= ?x32 ?x40))))
 (=> $x246 (<= ts_log!5 ts_log!6)))))))
(assert
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let (($x37 (> ?x32 0.0)))
 (let (($x250 (and $x37 (<= ?x32 ?x42))))
 (=> $x250 (<= ts_log!5 ts_log!7)))))))
(assert
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let (($x37 (> ?x32 0.0)))
 (let (($x254 (and $x37 (<= ?x32 ?x44))))
 (=> $x254 (<= ts_log!5 ts_log!8)))))))
(assert
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let (($x45 (> ?x40 0.0)))
 (let (($x258 (and $x45 (<= ?x40 x0_0))))
 (=> $x258 (<= ts_log!6 ts_log!0))))))
(assert
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let (($x45 (> ?x40 0.0)))
 (let (($x262 (and $x45 (<= ?x40 x0_1))))
 (=> $x262 (<= ts_log!6 ts_log!1))))))
(assert
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let (($x45 (> ?x40 0.0)))
 (let (($x266 (and $x45 (<= ?x40 x0_2))))
 (=> $x266 (<= ts_log!6 ts_log!2))))))
(assert
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let (($x45 (> ?x40 0.0)))
 (let (($x270 (and $x45 (<= ?x40 ?x28))))
 (=> $x270 (<= ts_log!6 ts_log!3)))))))
(assert
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let (($x45 (> ?x40 0.0)))
 (let (($x274 (and $x45 (<= ?x40 ?x30))))
 (=> $x274 (<= ts_log!6 ts_log!4)))))))
(assert
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let (($x45 (> ?x40 0.0)))
 (let (($x278 (and $x45 (<= ?x40 ?x32))))
 (=> $x278 (<= ts_log!6 ts_log!5)))))))
(assert
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let (($x45 (> ?x40 0.0)))
 (let (($x282 (and $x45 (<= ?x40 ?x42))))
 (=> $x282 (<= ts_log!6 ts_log!7)))))))
(assert
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let (($x45 (> ?x40 0.0)))
 (let (($x286 (and $x45 (<= ?x40 ?x44))))
 (=> $x286 (<= ts_log!6 ts_log!8)))))))
(assert
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let (($x47 (> ?x42 0.0)))
 (let (($x290 (and $x47 (<= ?x42 x0_0))))
 (=> $x290 (<= ts_log!7 ts_log!0))))))
(assert
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let (($x47 (> ?x42 0.0)))
 (let (($x294 (and $x47 (<= ?x42 x0_1))))
 (=> $x294 (<= ts_log!7 ts_log!1))))))
(assert
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let (($x47 (> ?x42 0.0)))
 (let (($x298 (and $x47 (<= ?x42 x0_2))))
 (=> $x298 (<= ts_log!7 ts_log!2))))))
(assert
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let (($x47 (> ?x42 0.0)))
 (let (($x302 (and $x47 (<= ?x42 ?x28))))
 (=> $x302 (<= ts_log!7 ts_log!3)))))))
(assert
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let (($x47 (> ?x42 0.0)))
 (let (($x306 (and $x47 (<= ?x42 ?x30))))
 (=> $x306 (<= ts_log!7 ts_log!4)))))))
(assert
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let (($x47 (> ?x42 0.0)))
 (let (($x310 (and $x47 (<= ?x42 ?x32))))
 (=> $x310 (<= ts_log!7 ts_log!5)))))))
(assert
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let (($x47 (> ?x42 0.0)))
 (let (($x314 (and $x47 (<= ?x42 ?x40))))
 (=> $x314 (<= ts_log!7 ts_log!6)))))))
(assert
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let (($x47 (> ?x42 0.0)))
 (let (($x318 (and $x47 (<= ?x42 ?x44))))
 (=> $x318 (<= ts_log!7 ts_log!8)))))))
(assert
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let (($x49 (> ?x44 0.0)))
 (let (($x322 (and $x49 (<= ?x44 x0_0))))
 (=> $x322 (<= ts_log!8 ts_log!0))))))
(assert
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let (($x49 (> ?x44 0.0)))
 (let (($x326 (and $x49 (<= ?x44 x0_1))))
 (=> $x326 (<= ts_log!8 ts_log!1))))))
(assert
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let (($x49 (> ?x44 0.0)))
 (let (($x330 (and $x49 (<= ?x44 x0_2))))
 (=> $x330 (<= ts_log!8 ts_log!2))))))
(assert
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let (($x49 (> ?x44 0.0)))
 (let (($x334 (and $x49 (<= ?x44 ?x28))))
 (=> $x334 (<= ts_log!8 ts_log!3)))))))
(assert
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let (($x49 (> ?x44 0.0)))
 (let (($x338 (and $x49 (<= ?x44 ?x30))))
 (=> $x338 (<= ts_log!8 ts_log!4)))))))
(assert
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let (($x49 (> ?x44 0.0)))
 (let (($x342 (and $x49 (<= ?x44 ?x32))))
 (=> $x342 (<= ts_log!8 ts_log!5)))))))
(assert
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let (($x49 (> ?x44 0.0)))
 (let (($x346 (and $x49 (<= ?x44 ?x40))))
 (=> $x346 (<= ts_log!8 ts_log!6)))))))
(assert
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let (($x49 (> ?x44 0.0)))
 (let (($x350 (and $x49 (<= ?x44 ?x42))))
 (=> $x350 (<= ts_log!8 ts_log!7)))))))
(assert
 (> x0_0 0.0))
(assert
 (> x0_1 0.0))
(assert
 (> x0_2 0.0))
(assert
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (> ?x28 0.0)))
(assert
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (> ?x30 0.0)))
(assert
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (> ?x32 0.0)))
(assert
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (> ?x40 0.0)))
(assert
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (> ?x42 0.0)))
(assert
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (> ?x44 0.0)))
(assert
 (not (or (= ts_log!7 +inf!) (<= ts_log!1 ts_log!7))))
(assert
 (let (($x513 (= ts_log!0 ts_log!1)))
 (=> (and (= x0_0 x0_1)) $x513)))
(assert
 (let (($x517 (= ts_log!0 ts_log!2)))
 (=> (and (= x0_0 x0_2)) $x517)))
(assert
 (let (($x521 (= ts_log!0 ts_log!3)))
 (=> (and (= x0_0 (ite (< 0.0 l0_0) l0_0 0.0))) $x521)))
(assert
 (let (($x525 (= ts_log!0 ts_log!4)))
 (=> (and (= x0_0 (ite (< 0.0 l0_1) l0_1 0.0))) $x525)))
(assert
 (let (($x529 (= ts_log!0 ts_log!5)))
 (=> (and (= x0_0 (ite (< 0.0 l0_2) l0_2 0.0))) $x529)))
(assert
 (let (($x533 (= ts_log!0 ts_log!6)))
 (=> (and (= x0_0 (ite (< 0.0 u0_0) u0_0 0.0))) $x533)))
(assert
 (let (($x537 (= ts_log!0 ts_log!7)))
 (=> (and (= x0_0 (ite (< 0.0 u0_1) u0_1 0.0))) $x537)))
(assert
 (let (($x541 (= ts_log!0 ts_log!8)))
 (=> (and (= x0_0 (ite (< 0.0 u0_2) u0_2 0.0))) $x541)))
(assert
 (let (($x545 (= ts_log!1 ts_log!2)))
 (=> (and (= x0_1 x0_2)) $x545)))
(assert
 (let (($x549 (= ts_log!1 ts_log!3)))
 (=> (and (= x0_1 (ite (< 0.0 l0_0) l0_0 0.0))) $x549)))
(assert
 (let (($x553 (= ts_log!1 ts_log!4)))
 (=> (and (= x0_1 (ite (< 0.0 l0_1) l0_1 0.0))) $x553)))
(assert
 (let (($x557 (= ts_log!1 ts_log!5)))
 (=> (and (= x0_1 (ite (< 0.0 l0_2) l0_2 0.0))) $x557)))
(assert
 (let (($x561 (= ts_log!1 ts_log!6)))
 (=> (and (= x0_1 (ite (< 0.0 u0_0) u0_0 0.0))) $x561)))
(assert
 (let (($x565 (= ts_log!1 ts_log!7)))
 (=> (and (= x0_1 (ite (< 0.0 u0_1) u0_1 0.0))) $x565)))
(assert
 (let (($x569 (= ts_log!1 ts_log!8)))
 (=> (and (= x0_1 (ite (< 0.0 u0_2) u0_2 0.0))) $x569)))
(assert
 (let (($x573 (= ts_log!2 ts_log!3)))
 (=> (and (= x0_2 (ite (< 0.0 l0_0) l0_0 0.0))) $x573)))
(assert
 (let (($x577 (= ts_log!2 ts_log!4)))
 (=> (and (= x0_2 (ite (< 0.0 l0_1) l0_1 0.0))) $x577)))
(assert
 (let (($x581 (= ts_log!2 ts_log!5)))
 (=> (and (= x0_2 (ite (< 0.0 l0_2) l0_2 0.0))) $x581)))
(assert
 (let (($x585 (= ts_log!2 ts_log!6)))
 (=> (and (= x0_2 (ite (< 0.0 u0_0) u0_0 0.0))) $x585)))
(assert
 (let (($x589 (= ts_log!2 ts_log!7)))
 (=> (and (= x0_2 (ite (< 0.0 u0_1) u0_1 0.0))) $x589)))
(assert
 (let (($x593 (= ts_log!2 ts_log!8)))
 (=> (and (= x0_2 (ite (< 0.0 u0_2) u0_2 0.0))) $x593)))
(assert
 (let (($x597 (= ts_log!3 ts_log!4)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x28 ?x30)) $x597)))))
(assert
 (let (($x601 (= ts_log!3 ts_log!5)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x28 ?x32)) $x601)))))
(assert
 (let (($x605 (= ts_log!3 ts_log!6)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x28 ?x40)) $x605)))))
(assert
 (let (($x609 (= ts_log!3 ts_log!7)))
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x28 ?x42)) $x609)))))
(assert
 (let (($x613 (= ts_log!3 ts_log!8)))
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x28 ?x44)) $x613)))))
(assert
 (let (($x617 (= ts_log!4 ts_log!5)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (=> (and (= ?x30 ?x32)) $x617)))))
(assert
 (let (($x621 (= ts_log!4 ts_log!6)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (=> (and (= ?x30 ?x40)) $x621)))))
(assert
 (let (($x625 (= ts_log!4 ts_log!7)))
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (=> (and (= ?x30 ?x42)) $x625)))))
(assert
 (let (($x629 (= ts_log!4 ts_log!8)))
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (=> (and (= ?x30 ?x44)) $x629)))))
(assert
 (let (($x633 (= ts_log!5 ts_log!6)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (=> (and (= ?x32 ?x40)) $x633)))))
(assert
 (let (($x637 (= ts_log!5 ts_log!7)))
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (=> (and (= ?x32 ?x42)) $x637)))))
(assert
 (let (($x641 (= ts_log!5 ts_log!8)))
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (=> (and (= ?x32 ?x44)) $x641)))))
(assert
 (let (($x645 (= ts_log!6 ts_log!7)))
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (=> (and (= ?x40 ?x42)) $x645)))))
(assert
 (let (($x649 (= ts_log!6 ts_log!8)))
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (=> (and (= ?x40 ?x44)) $x649)))))
(assert
 (let (($x653 (= ts_log!7 ts_log!8)))
(let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
(let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
(=> (and (= ?x42 ?x44)) $x653)))))
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
(declare-fun ts_log!1 () Real)
(declare-fun ts_log!0 () Real)
(declare-fun ts_log!2 () Real)
(declare-fun ts_log!3 () Real)
(declare-fun ts_log!4 () Real)
(declare-fun ts_log!5 () Real)
(declare-fun ts_log!6 () Real)
(declare-fun ts_log!7 () Real)
(declare-fun ts_log!8 () Real)
(declare-fun -inf! () Real)
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
 (let (($x21 (> x0_0 0.0)))
 (let (($x72 (and $x21 (<= x0_0 x0_1))))
 (=> $x72 (<= ts_log!0 ts_log!1)))))
(assert
 (let (($x21 (> x0_0 0.0)))
 (let (($x76 (and $x21 (<= x0_0 x0_2))))
 (=> $x76 (<= ts_log!0 ts_log!2)))))
(assert
 (let (($x21 (> x0_0 0.0)))
 (let (($x80 (and $x21 (<= x0_0 (ite (< 0.0 l0_0) l0_0 0.0)))))
 (=> $x80 (<= ts_log!0 ts_log!3)))))
(assert
 (let (($x21 (> x0_0 0.0)))
 (let (($x84 (and $x21 (<= x0_0 (ite (< 0.0 l0_1) l0_1 0.0)))))
 (=> $x84 (<= ts_log!0 ts_log!4)))))
(assert
 (let (($x21 (> x0_0 0.0)))
 (let (($x88 (and $x21 (<= x0_0 (ite (< 0.0 l0_2) l0_2 0.0)))))
 (=> $x88 (<= ts_log!0 ts_log!5)))))
(assert
 (let (($x374 (<= ts_log!0 ts_log!6)))
 (let (($x21 (> x0_0 0.0)))
 (let (($x92 (and $x21 (<= x0_0 (ite (< 0.0 u0_0) u0_0 0.0)))))
 (=> $x92 $x374)))))
(assert
 (let (($x21 (> x0_0 0.0)))
 (let (($x95 (and $x21 (<= x0_0 (ite (< 0.0 u0_1) u0_1 0.0)))))
 (=> $x95 (<= ts_log!0 ts_log!7)))))
(assert
 (let (($x21 (> x0_0 0.0)))
 (let (($x99 (and $x21 (<= x0_0 (ite (< 0.0 u0_2) u0_2 0.0)))))
 (=> $x99 (<= ts_log!0 ts_log!8)))))
(assert
 (let (($x23 (> x0_1 0.0)))
 (let (($x103 (and $x23 (<= x0_1 x0_0))))
 (=> $x103 (<= ts_log!1 ts_log!0)))))
(assert
 (let (($x23 (> x0_1 0.0)))
 (let (($x107 (and $x23 (<= x0_1 x0_2))))
 (=> $x107 (<= ts_log!1 ts_log!2)))))
(assert
 (let (($x23 (> x0_1 0.0)))
 (let (($x111 (and $x23 (<= x0_1 (ite (< 0.0 l0_0) l0_0 0.0)))))
 (=> $x111 (<= ts_log!1 ts_log!3)))))
(assert
 (let (($x23 (> x0_1 0.0)))
 (let (($x115 (and $x23 (<= x0_1 (ite (< 0.0 l0_1) l0_1 0.0)))))
 (=> $x115 (<= ts_log!1 ts_log!4)))))
(assert
 (let (($x23 (> x0_1 0.0)))
 (let (($x119 (and $x23 (<= x0_1 (ite (< 0.0 l0_2) l0_2 0.0)))))
 (=> $x119 (<= ts_log!1 ts_log!5)))))
(assert
 (let (($x23 (> x0_1 0.0)))
 (let (($x123 (and $x23 (<= x0_1 (ite (< 0.0 u0_0) u0_0 0.0)))))
 (=> $x123 (<= ts_log!1 ts_log!6)))))
(assert
 (let (($x392 (<= ts_log!1 ts_log!7)))
 (let (($x23 (> x0_1 0.0)))
 (let (($x127 (and $x23 (<= x0_1 (ite (< 0.0 u0_1) u0_1 0.0)))))
 (=> $x127 $x392)))))
(assert
 (let (($x23 (> x0_1 0.0)))
 (let (($x130 (and $x23 (<= x0_1 (ite (< 0.0 u0_2) u0_2 0.0)))))
 (=> $x130 (<= ts_log!1 ts_log!8)))))
(assert
 (let (($x25 (> x0_2 0.0)))
 (let (($x134 (and $x25 (<= x0_2 x0_0))))
 (=> $x134 (<= ts_log!2 ts_log!0)))))
(assert
 (let (($x25 (> x0_2 0.0)))
 (let (($x138 (and $x25 (<= x0_2 x0_1))))
 (=> $x138 (<= ts_log!2 ts_log!1)))))
(assert
 (let (($x25 (> x0_2 0.0)))
 (let (($x142 (and $x25 (<= x0_2 (ite (< 0.0 l0_0) l0_0 0.0)))))
 (=> $x142 (<= ts_log!2 ts_log!3)))))
(assert
 (let (($x25 (> x0_2 0.0)))
 (let (($x146 (and $x25 (<= x0_2 (ite (< 0.0 l0_1) l0_1 0.0)))))
 (=> $x146 (<= ts_log!2 ts_log!4)))))
(assert
 (let (($x25 (> x0_2 0.0)))
 (let (($x150 (and $x25 (<= x0_2 (ite (< 0.0 l0_2) l0_2 0.0)))))
 (=> $x150 (<= ts_log!2 ts_log!5)))))
(assert
 (let (($x25 (> x0_2 0.0)))
 (let (($x154 (and $x25 (<= x0_2 (ite (< 0.0 u0_0) u0_0 0.0)))))
 (=> $x154 (<= ts_log!2 ts_log!6)))))
(assert
 (let (($x25 (> x0_2 0.0)))
 (let (($x158 (and $x25 (<= x0_2 (ite (< 0.0 u0_1) u0_1 0.0)))))
 (=> $x158 (<= ts_log!2 ts_log!7)))))
(assert
 (let (($x410 (<= ts_log!2 ts_log!8)))
 (let (($x25 (> x0_2 0.0)))
 (let (($x162 (and $x25 (<= x0_2 (ite (< 0.0 u0_2) u0_2 0.0)))))
 (=> $x162 $x410)))))
(assert
 (let (($x412 (<= ts_log!3 ts_log!0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let (($x33 (> ?x28 0.0)))
 (let (($x165 (and $x33 (<= ?x28 x0_0))))
 (=> $x165 $x412))))))
(assert
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let (($x33 (> ?x28 0.0)))
 (let (($x168 (and $x33 (<= ?x28 x0_1))))
 (=> $x168 (<= ts_log!3 ts_log!1))))))
(assert
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let (($x33 (> ?x28 0.0)))
 (let (($x172 (and $x33 (<= ?x28 x0_2))))
 (=> $x172 (<= ts_log!3 ts_log!2))))))
(assert
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let (($x33 (> ?x28 0.0)))
 (let (($x176 (and $x33 (<= ?x28 ?x30))))
 (=> $x176 (<= ts_log!3 ts_log!4)))))))
(assert
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let (($x33 (> ?x28 0.0)))
 (let (($x180 (and $x33 (<= ?x28 ?x32))))
 (=> $x180 (<= ts_log!3 ts_log!5)))))))
(assert
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let (($x33 (> ?x28 0.0)))
 (let (($x184 (and $x33 (<= ?x28 ?x40))))
 (=> $x184 (<= ts_log!3 ts_log!6)))))))
(assert
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let (($x33 (> ?x28 0.0)))
 (let (($x188 (and $x33 (<= ?x28 ?x42))))
 (=> $x188 (<= ts_log!3 ts_log!7)))))))
(assert
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let (($x33 (> ?x28 0.0)))
 (let (($x192 (and $x33 (<= ?x28 ?x44))))
 (=> $x192 (<= ts_log!3 ts_log!8)))))))
(assert
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let (($x35 (> ?x30 0.0)))
 (let (($x196 (and $x35 (<= ?x30 x0_0))))
 (=> $x196 (<= ts_log!4 ts_log!0))))))
(assert
 (let (($x430 (<= ts_log!4 ts_log!1)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let (($x35 (> ?x30 0.0)))
 (let (($x200 (and $x35 (<= ?x30 x0_1))))
 (=> $x200 $x430))))))
(assert
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let (($x35 (> ?x30 0.0)))
 (let (($x203 (and $x35 (<= ?x30 x0_2))))
 (=> $x203 (<= ts_log!4 ts_log!2))))))
(assert
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let (($x35 (> ?x30 0.0)))
 (let (($x207 (and $x35 (<= ?x30 ?x28))))
 (=> $x207 (<= ts_log!4 ts_log!3)))))))
(assert
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let (($x35 (> ?x30 0.0)))
 (let (($x211 (and $x35 (<= ?x30 ?x32))))
 (=> $x211 (<= ts_log!4 ts_log!5)))))))
(assert
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let (($x35 (> ?x30 0.0)))
 (let (($x215 (and $x35 (<= ?x30 ?x40))))
 (=> $x215 (<= ts_log!4 ts_log!6)))))))
(assert
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let (($x35 (> ?x30 0.0)))
 (let (($x219 (and $x35 (<= ?x30 ?x42))))
 (=> $x219 (<= ts_log!4 ts_log!7)))))))
(assert
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let (($x35 (> ?x30 0.0)))
 (let (($x223 (and $x35 (<= ?x30 ?x44))))
 (=> $x223 (<= ts_log!4 ts_log!8)))))))
(assert
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let (($x37 (> ?x32 0.0)))
 (let (($x227 (and $x37 (<= ?x32 x0_0))))
 (=> $x227 (<= ts_log!5 ts_log!0))))))
(assert
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let (($x37 (> ?x32 0.0)))
 (let (($x231 (and $x37 (<= ?x32 x0_1))))
 (=> $x231 (<= ts_log!5 ts_log!1))))))
(assert
 (let (($x448 (<= ts_log!5 ts_log!2)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let (($x37 (> ?x32 0.0)))
 (let (($x235 (and $x37 (<= ?x32 x0_2))))
 (=> $x235 $x448))))))
(assert
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let (($x37 (> ?x32 0.0)))
 (let (($x238 (and $x37 (<= ?x32 ?x28))))
 (=> $x238 (<= ts_log!5 ts_log!3)))))))
(assert
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let (($x37 (> ?x32 0.0)))
 (let (($x242 (and $x37 (<= ?x32 ?x30))))
 (=> $x242 (<= ts_log!5 ts_log!4)))))))
(assert
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let (($x37 (> ?x32 0.0)))
 (let (($x246 (and $x37 (<= ?x32 ?x40))))
 (=> $x246 (<= ts_log!5 ts_log!6)))))))
(assert
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let (($x37 (> ?x32 0.0)))
 (let (($x250 (and $x37 (<= ?x32 ?x42))))
 (=> $x250 (<= ts_log!5 ts_log!7)))))))
(assert
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let (($x37 (> ?x32 0.0)))
 (let (($x254 (and $x37 (<= ?x32 ?x44))))
 (=> $x254 (<= ts_log!5 ts_log!8)))))))
(assert
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let (($x45 (> ?x40 0.0)))
 (let (($x258 (and $x45 (<= ?x40 x0_0))))
 (=> $x258 (<= ts_log!6 ts_log!0))))))
(assert
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let (($x45 (> ?x40 0.0)))
 (let (($x262 (and $x45 (<= ?x40 x0_1))))
 (=> $x262 (<= ts_log!6 ts_log!1))))))
(assert
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let (($x45 (> ?x40 0.0)))
 (let (($x266 (and $x45 (<= ?x40 x0_2))))
 (=> $x266 (<= ts_log!6 ts_log!2))))))
(assert
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let (($x45 (> ?x40 0.0)))
 (let (($x270 (and $x45 (<= ?x40 ?x28))))
 (=> $x270 (<= ts_log!6 ts_log!3)))))))
(assert
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let (($x45 (> ?x40 0.0)))
 (let (($x274 (and $x45 (<= ?x40 ?x30))))
 (=> $x274 (<= ts_log!6 ts_log!4)))))))
(assert
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let (($x45 (> ?x40 0.0)))
 (let (($x278 (and $x45 (<= ?x40 ?x32))))
 (=> $x278 (<= ts_log!6 ts_log!5)))))))
(assert
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let (($x45 (> ?x40 0.0)))
 (let (($x282 (and $x45 (<= ?x40 ?x42))))
 (=> $x282 (<= ts_log!6 ts_log!7)))))))
(assert
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let (($x45 (> ?x40 0.0)))
 (let (($x286 (and $x45 (<= ?x40 ?x44))))
 (=> $x286 (<= ts_log!6 ts_log!8)))))))
(assert
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let (($x47 (> ?x42 0.0)))
 (let (($x290 (and $x47 (<= ?x42 x0_0))))
 (=> $x290 (<= ts_log!7 ts_log!0))))))
(assert
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let (($x47 (> ?x42 0.0)))
 (let (($x294 (and $x47 (<= ?x42 x0_1))))
 (=> $x294 (<= ts_log!7 ts_log!1))))))
(assert
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let (($x47 (> ?x42 0.0)))
 (let (($x298 (and $x47 (<= ?x42 x0_2))))
 (=> $x298 (<= ts_log!7 ts_log!2))))))
(assert
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let (($x47 (> ?x42 0.0)))
 (let (($x302 (and $x47 (<= ?x42 ?x28))))
 (=> $x302 (<= ts_log!7 ts_log!3)))))))
(assert
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let (($x47 (> ?x42 0.0)))
 (let (($x306 (and $x47 (<= ?x42 ?x30))))
 (=> $x306 (<= ts_log!7 ts_log!4)))))))
(assert
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let (($x47 (> ?x42 0.0)))
 (let (($x310 (and $x47 (<= ?x42 ?x32))))
 (=> $x310 (<= ts_log!7 ts_log!5)))))))
(assert
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let (($x47 (> ?x42 0.0)))
 (let (($x314 (and $x47 (<= ?x42 ?x40))))
 (=> $x314 (<= ts_log!7 ts_log!6)))))))
(assert
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let (($x47 (> ?x42 0.0)))
 (let (($x318 (and $x47 (<= ?x42 ?x44))))
 (=> $x318 (<= ts_log!7 ts_log!8)))))))
(assert
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let (($x49 (> ?x44 0.0)))
 (let (($x322 (and $x49 (<= ?x44 x0_0))))
 (=> $x322 (<= ts_log!8 ts_log!0))))))
(assert
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let (($x49 (> ?x44 0.0)))
 (let (($x326 (and $x49 (<= ?x44 x0_1))))
 (=> $x326 (<= ts_log!8 ts_log!1))))))
(assert
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let (($x49 (> ?x44 0.0)))
 (let (($x330 (and $x49 (<= ?x44 x0_2))))
 (=> $x330 (<= ts_log!8 ts_log!2))))))
(assert
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let (($x49 (> ?x44 0.0)))
 (let (($x334 (and $x49 (<= ?x44 ?x28))))
 (=> $x334 (<= ts_log!8 ts_log!3)))))))
(assert
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let (($x49 (> ?x44 0.0)))
 (let (($x338 (and $x49 (<= ?x44 ?x30))))
 (=> $x338 (<= ts_log!8 ts_log!4)))))))
(assert
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let (($x49 (> ?x44 0.0)))
 (let (($x342 (and $x49 (<= ?x44 ?x32))))
 (=> $x342 (<= ts_log!8 ts_log!5)))))))
(assert
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let (($x49 (> ?x44 0.0)))
 (let (($x346 (and $x49 (<= ?x44 ?x40))))
 (=> $x346 (<= ts_log!8 ts_log!6)))))))
(assert
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let (($x49 (> ?x44 0.0)))
 (let (($x350 (and $x49 (<= ?x44 ?x42))))
 (=> $x350 (<= ts_log!8 ts_log!7)))))))
(assert
 (> x0_0 0.0))
(assert
 (> x0_1 0.0))
(assert
 (> x0_2 0.0))
(assert
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (> ?x28 0.0)))
(assert
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (> ?x30 0.0)))
(assert
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (> ?x32 0.0)))
(assert
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (> ?x40 0.0)))
(assert
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (> ?x42 0.0)))
(assert
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (> ?x44 0.0)))
(assert
 (not (or (= ts_log!5 -inf!) (<= ts_log!5 ts_log!2))))
(assert
 (let (($x513 (= ts_log!0 ts_log!1)))
 (=> (and (= x0_0 x0_1)) $x513)))
(assert
 (let (($x517 (= ts_log!0 ts_log!2)))
 (=> (and (= x0_0 x0_2)) $x517)))
(assert
 (let (($x521 (= ts_log!0 ts_log!3)))
 (=> (and (= x0_0 (ite (< 0.0 l0_0) l0_0 0.0))) $x521)))
(assert
 (let (($x525 (= ts_log!0 ts_log!4)))
 (=> (and (= x0_0 (ite (< 0.0 l0_1) l0_1 0.0))) $x525)))
(assert
 (let (($x529 (= ts_log!0 ts_log!5)))
 (=> (and (= x0_0 (ite (< 0.0 l0_2) l0_2 0.0))) $x529)))
(assert
 (let (($x533 (= ts_log!0 ts_log!6)))
 (=> (and (= x0_0 (ite (< 0.0 u0_0) u0_0 0.0))) $x533)))
(assert
 (let (($x537 (= ts_log!0 ts_log!7)))
 (=> (and (= x0_0 (ite (< 0.0 u0_1) u0_1 0.0))) $x537)))
(assert
 (let (($x541 (= ts_log!0 ts_log!8)))
 (=> (and (= x0_0 (ite (< 0.0 u0_2) u0_2 0.0))) $x541)))
(assert
 (let (($x545 (= ts_log!1 ts_log!2)))
 (=> (and (= x0_1 x0_2)) $x545)))
(assert
 (let (($x549 (= ts_log!1 ts_log!3)))
 (=> (and (= x0_1 (ite (< 0.0 l0_0) l0_0 0.0))) $x549)))
(assert
 (let (($x553 (= ts_log!1 ts_log!4)))
 (=> (and (= x0_1 (ite (< 0.0 l0_1) l0_1 0.0))) $x553)))
(assert
 (let (($x557 (= ts_log!1 ts_log!5)))
 (=> (and (= x0_1 (ite (< 0.0 l0_2) l0_2 0.0))) $x557)))
(assert
 (let (($x561 (= ts_log!1 ts_log!6)))
 (=> (and (= x0_1 (ite (< 0.0 u0_0) u0_0 0.0))) $x561)))
(assert
 (let (($x565 (= ts_log!1 ts_log!7)))
 (=> (and (= x0_1 (ite (< 0.0 u0_1) u0_1 0.0))) $x565)))
(assert
 (let (($x569 (= ts_log!1 ts_log!8)))
 (=> (and (= x0_1 (ite (< 0.0 u0_2) u0_2 0.0))) $x569)))
(assert
 (let (($x573 (= ts_log!2 ts_log!3)))
 (=> (and (= x0_2 (ite (< 0.0 l0_0) l0_0 0.0))) $x573)))
(assert
 (let (($x577 (= ts_log!2 ts_log!4)))
 (=> (and (= x0_2 (ite (< 0.0 l0_1) l0_1 0.0))) $x577)))
(assert
 (let (($x581 (= ts_log!2 ts_log!5)))
 (=> (and (= x0_2 (ite (< 0.0 l0_2) l0_2 0.0))) $x581)))
(assert
 (let (($x585 (= ts_log!2 ts_log!6)))
 (=> (and (= x0_2 (ite (< 0.0 u0_0) u0_0 0.0))) $x585)))
(assert
 (let (($x589 (= ts_log!2 ts_log!7)))
 (=> (and (= x0_2 (ite (< 0.0 u0_1) u0_1 0.0))) $x589)))
(assert
 (let (($x593 (= ts_log!2 ts_log!8)))
 (=> (and (= x0_2 (ite (< 0.0 u0_2) u0_2 0.0))) $x593)))
(assert
 (let (($x597 (= ts_log!3 ts_log!4)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x28 ?x30)) $x597)))))
(assert
 (let (($x601 (= ts_log!3 ts_log!5)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x28 ?x32)) $x601)))))
(assert
 (let (($x605 (= ts_log!3 ts_log!6)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x28 ?x40)) $x605)))))
(assert
 (let (($x609 (= ts_log!3 ts_log!7)))
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x28 ?x42)) $x609)))))
(assert
 (let (($x613 (= ts_log!3 ts_log!8)))
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x28 ?x44)) $x613)))))
(assert
 (let (($x617 (= ts_log!4 ts_log!5)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (=> (and (= ?x30 ?x32)) $x617)))))
(assert
 (let (($x621 (= ts_log!4 ts_log!6)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (=> (and (= ?x30 ?x40)) $x621)))))
(assert
 (let (($x625 (= ts_log!4 ts_log!7)))
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (=> (and (= ?x30 ?x42)) $x625)))))
(assert
 (let (($x629 (= ts_log!4 ts_log!8)))
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (=> (and (= ?x30 ?x44)) $x629)))))
(assert
 (let (($x633 (= ts_log!5 ts_log!6)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (=> (and (= ?x32 ?x40)) $x633)))))
(assert
 (let (($x637 (= ts_log!5 ts_log!7)))
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (=> (and (= ?x32 ?x42)) $x637)))))
(assert
 (let (($x641 (= ts_log!5 ts_log!8)))
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (=> (and (= ?x32 ?x44)) $x641)))))
(assert
 (let (($x645 (= ts_log!6 ts_log!7)))
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (=> (and (= ?x40 ?x42)) $x645)))))
(assert
 (let (($x649 (= ts_log!6 ts_log!8)))
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (=> (and (= ?x40 ?x44)) $x649)))))
(assert
 (let (($x653 (= ts_log!7 ts_log!8)))
(let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
(let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
(=> (and (= ?x42 ?x44)) $x653)))))
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
(declare-fun ts_log!1 () Real)
(declare-fun ts_log!0 () Real)
(declare-fun ts_log!2 () Real)
(declare-fun ts_log!3 () Real)
(declare-fun ts_log!4 () Real)
(declare-fun ts_log!5 () Real)
(declare-fun ts_log!6 () Real)
(declare-fun ts_log!7 () Real)
(declare-fun ts_log!8 () Real)
(declare-fun +inf! () Real)
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
 (let (($x21 (> x0_0 0.0)))
 (let (($x72 (and $x21 (<= x0_0 x0_1))))
 (=> $x72 (<= ts_log!0 ts_log!1)))))
(assert
 (let (($x21 (> x0_0 0.0)))
 (let (($x76 (and $x21 (<= x0_0 x0_2))))
 (=> $x76 (<= ts_log!0 ts_log!2)))))
(assert
 (let (($x21 (> x0_0 0.0)))
 (let (($x80 (and $x21 (<= x0_0 (ite (< 0.0 l0_0) l0_0 0.0)))))
 (=> $x80 (<= ts_log!0 ts_log!3)))))
(assert
 (let (($x21 (> x0_0 0.0)))
 (let (($x84 (and $x21 (<= x0_0 (ite (< 0.0 l0_1) l0_1 0.0)))))
 (=> $x84 (<= ts_log!0 ts_log!4)))))
(assert
 (let (($x21 (> x0_0 0.0)))
 (let (($x88 (and $x21 (<= x0_0 (ite (< 0.0 l0_2) l0_2 0.0)))))
 (=> $x88 (<= ts_log!0 ts_log!5)))))
(assert
 (let (($x374 (<= ts_log!0 ts_log!6)))
 (let (($x21 (> x0_0 0.0)))
 (let (($x92 (and $x21 (<= x0_0 (ite (< 0.0 u0_0) u0_0 0.0)))))
 (=> $x92 $x374)))))
(assert
 (let (($x21 (> x0_0 0.0)))
 (let (($x95 (and $x21 (<= x0_0 (ite (< 0.0 u0_1) u0_1 0.0)))))
 (=> $x95 (<= ts_log!0 ts_log!7)))))
(assert
 (let (($x21 (> x0_0 0.0)))
 (let (($x99 (and $x21 (<= x0_0 (ite (< 0.0 u0_2) u0_2 0.0)))))
 (=> $x99 (<= ts_log!0 ts_log!8)))))
(assert
 (let (($x23 (> x0_1 0.0)))
 (let (($x103 (and $x23 (<= x0_1 x0_0))))
 (=> $x103 (<= ts_log!1 ts_log!0)))))
(assert
 (let (($x23 (> x0_1 0.0)))
 (let (($x107 (and $x23 (<= x0_1 x0_2))))
 (=> $x107 (<= ts_log!1 ts_log!2)))))
(assert
 (let (($x23 (> x0_1 0.0)))
 (let (($x111 (and $x23 (<= x0_1 (ite (< 0.0 l0_0) l0_0 0.0)))))
 (=> $x111 (<= ts_log!1 ts_log!3)))))
(assert
 (let (($x23 (> x0_1 0.0)))
 (let (($x115 (and $x23 (<= x0_1 (ite (< 0.0 l0_1) l0_1 0.0)))))
 (=> $x115 (<= ts_log!1 ts_log!4)))))
(assert
 (let (($x23 (> x0_1 0.0)))
 (let (($x119 (and $x23 (<= x0_1 (ite (< 0.0 l0_2) l0_2 0.0)))))
 (=> $x119 (<= ts_log!1 ts_log!5)))))
(assert
 (let (($x23 (> x0_1 0.0)))
 (let (($x123 (and $x23 (<= x0_1 (ite (< 0.0 u0_0) u0_0 0.0)))))
 (=> $x123 (<= ts_log!1 ts_log!6)))))
(assert
 (let (($x392 (<= ts_log!1 ts_log!7)))
 (let (($x23 (> x0_1 0.0)))
 (let (($x127 (and $x23 (<= x0_1 (ite (< 0.0 u0_1) u0_1 0.0)))))
 (=> $x127 $x392)))))
(assert
 (let (($x23 (> x0_1 0.0)))
 (let (($x130 (and $x23 (<= x0_1 (ite (< 0.0 u0_2) u0_2 0.0)))))
 (=> $x130 (<= ts_log!1 ts_log!8)))))
(assert
 (let (($x25 (> x0_2 0.0)))
 (let (($x134 (and $x25 (<= x0_2 x0_0))))
 (=> $x134 (<= ts_log!2 ts_log!0)))))
(assert
 (let (($x25 (> x0_2 0.0)))
 (let (($x138 (and $x25 (<= x0_2 x0_1))))
 (=> $x138 (<= ts_log!2 ts_log!1)))))
(assert
 (let (($x25 (> x0_2 0.0)))
 (let (($x142 (and $x25 (<= x0_2 (ite (< 0.0 l0_0) l0_0 0.0)))))
 (=> $x142 (<= ts_log!2 ts_log!3)))))
(assert
 (let (($x25 (> x0_2 0.0)))
 (let (($x146 (and $x25 (<= x0_2 (ite (< 0.0 l0_1) l0_1 0.0)))))
 (=> $x146 (<= ts_log!2 ts_log!4)))))
(assert
 (let (($x25 (> x0_2 0.0)))
 (let (($x150 (and $x25 (<= x0_2 (ite (< 0.0 l0_2) l0_2 0.0)))))
 (=> $x150 (<= ts_log!2 ts_log!5)))))
(assert
 (let (($x25 (> x0_2 0.0)))
 (let (($x154 (and $x25 (<= x0_2 (ite (< 0.0 u0_0) u0_0 0.0)))))
 (=> $x154 (<= ts_log!2 ts_log!6)))))
(assert
 (let (($x25 (> x0_2 0.0)))
 (let (($x158 (and $x25 (<= x0_2 (ite (< 0.0 u0_1) u0_1 0.0)))))
 (=> $x158 (<= ts_log!2 ts_log!7)))))
(assert
 (let (($x410 (<= ts_log!2 ts_log!8)))
 (let (($x25 (> x0_2 0.0)))
 (let (($x162 (and $x25 (<= x0_2 (ite (< 0.0 u0_2) u0_2 0.0)))))
 (=> $x162 $x410)))))
(assert
 (let (($x412 (<= ts_log!3 ts_log!0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let (($x33 (> ?x28 0.0)))
 (let (($x165 (and $x33 (<= ?x28 x0_0))))
 (=> $x165 $x412))))))
(assert
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let (($x33 (> ?x28 0.0)))
 (let (($x168 (and $x33 (<= ?x28 x0_1))))
 (=> $x168 (<= ts_log!3 ts_log!1))))))
(assert
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let (($x33 (> ?x28 0.0)))
 (let (($x172 (and $x33 (<= ?x28 x0_2))))
 (=> $x172 (<= ts_log!3 ts_log!2))))))
(assert
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let (($x33 (> ?x28 0.0)))
 (let (($x176 (and $x33 (<= ?x28 ?x30))))
 (=> $x176 (<= ts_log!3 ts_log!4)))))))
(assert
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let (($x33 (> ?x28 0.0)))
 (let (($x180 (and $x33 (<= ?x28 ?x32))))
 (=> $x180 (<= ts_log!3 ts_log!5)))))))
(assert
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let (($x33 (> ?x28 0.0)))
 (let (($x184 (and $x33 (<= ?x28 ?x40))))
 (=> $x184 (<= ts_log!3 ts_log!6)))))))
(assert
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let (($x33 (> ?x28 0.0)))
 (let (($x188 (and $x33 (<= ?x28 ?x42))))
 (=> $x188 (<= ts_log!3 ts_log!7)))))))
(assert
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let (($x33 (> ?x28 0.0)))
 (let (($x192 (and $x33 (<= ?x28 ?x44))))
 (=> $x192 (<= ts_log!3 ts_log!8)))))))
(assert
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let (($x35 (> ?x30 0.0)))
 (let (($x196 (and $x35 (<= ?x30 x0_0))))
 (=> $x196 (<= ts_log!4 ts_log!0))))))
(assert
 (let (($x430 (<= ts_log!4 ts_log!1)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let (($x35 (> ?x30 0.0)))
 (let (($x200 (and $x35 (<= ?x30 x0_1))))
 (=> $x200 $x430))))))
(assert
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let (($x35 (> ?x30 0.0)))
 (let (($x203 (and $x35 (<= ?x30 x0_2))))
 (=> $x203 (<= ts_log!4 ts_log!2))))))
(assert
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let (($x35 (> ?x30 0.0)))
 (let (($x207 (and $x35 (<= ?x30 ?x28))))
 (=> $x207 (<= ts_log!4 ts_log!3)))))))
(assert
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let (($x35 (> ?x30 0.0)))
 (let (($x211 (and $x35 (<= ?x30 ?x32))))
 (=> $x211 (<= ts_log!4 ts_log!5)))))))
(assert
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let (($x35 (> ?x30 0.0)))
 (let (($x215 (and $x35 (<= ?x30 ?x40))))
 (=> $x215 (<= ts_log!4 ts_log!6)))))))
(assert
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let (($x35 (> ?x30 0.0)))
 (let (($x219 (and $x35 (<= ?x30 ?x42))))
 (=> $x219 (<= ts_log!4 ts_log!7)))))))
(assert
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let (($x35 (> ?x30 0.0)))
 (let (($x223 (and $x35 (<= ?x30 ?x44))))
 (=> $x223 (<= ts_log!4 ts_log!8)))))))
(assert
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let (($x37 (> ?x32 0.0)))
 (let (($x227 (and $x37 (<= ?x32 x0_0))))
 (=> $x227 (<= ts_log!5 ts_log!0))))))
(assert
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let (($x37 (> ?x32 0.0)))
 (let (($x231 (and $x37 (<= ?x32 x0_1))))
 (=> $x231 (<= ts_log!5 ts_log!1))))))
(assert
 (let (($x448 (<= ts_log!5 ts_log!2)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let (($x37 (> ?x32 0.0)))
 (let (($x235 (and $x37 (<= ?x32 x0_2))))
 (=> $x235 $x448))))))
(assert
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let (($x37 (> ?x32 0.0)))
 (let (($x238 (and $x37 (<= ?x32 ?x28))))
 (=> $x238 (<= ts_log!5 ts_log!3)))))))
(assert
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let (($x37 (> ?x32 0.0)))
 (let (($x242 (and $x37 (<= ?x32 ?x30))))
 (=> $x242 (<= ts_log!5 ts_log!4)))))))
(assert
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let (($x37 (> ?x32 0.0)))
 (let (($x246 (and $x37 (<= ?x32 ?x40))))
 (=> $x246 (<= ts_log!5 ts_log!6)))))))
(assert
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let (($x37 (> ?x32 0.0)))
 (let (($x250 (and $x37 (<= ?x32 ?x42))))
 (=> $x250 (<= ts_log!5 ts_log!7)))))))
(assert
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let (($x37 (> ?x32 0.0)))
 (let (($x254 (and $x37 (<= ?x32 ?x44))))
 (=> $x254 (<= ts_log!5 ts_log!8)))))))
(assert
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let (($x45 (> ?x40 0.0)))
 (let (($x258 (and $x45 (<= ?x40 x0_0))))
 (=> $x258 (<= ts_log!6 ts_log!0))))))
(assert
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let (($x45 (> ?x40 0.0)))
 (let (($x262 (and $x45 (<= ?x40 x0_1))))
 (=> $x262 (<= ts_log!6 ts_log!1))))))
(assert
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let (($x45 (> ?x40 0.0)))
 (let (($x266 (and $x45 (<= ?x40 x0_2))))
 (=> $x266 (<= ts_log!6 ts_log!2))))))
(assert
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let (($x45 (> ?x40 0.0)))
 (let (($x270 (and $x45 (<= ?x40 ?x28))))
 (=> $x270 (<= ts_log!6 ts_log!3)))))))
(assert
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let (($x45 (> ?x40 0.0)))
 (let (($x274 (and $x45 (<= ?x40 ?x30))))
 (=> $x274 (<= ts_log!6 ts_log!4)))))))
(assert
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let (($x45 (> ?x40 0.0)))
 (let (($x278 (and $x45 (<= ?x40 ?x32))))
 (=> $x278 (<= ts_log!6 ts_log!5)))))))
(assert
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let (($x45 (> ?x40 0.0)))
 (let (($x282 (and $x45 (<= ?x40 ?x42))))
 (=> $x282 (<= ts_log!6 ts_log!7)))))))
(assert
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let (($x45 (> ?x40 0.0)))
 (let (($x286 (and $x45 (<= ?x40 ?x44))))
 (=> $x286 (<= ts_log!6 ts_log!8)))))))
(assert
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let (($x47 (> ?x42 0.0)))
 (let (($x290 (and $x47 (<= ?x42 x0_0))))
 (=> $x290 (<= ts_log!7 ts_log!0))))))
(assert
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let (($x47 (> ?x42 0.0)))
 (let (($x294 (and $x47 (<= ?x42 x0_1))))
 (=> $x294 (<= ts_log!7 ts_log!1))))))
(assert
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let (($x47 (> ?x42 0.0)))
 (let (($x298 (and $x47 (<= ?x42 x0_2))))
 (=> $x298 (<= ts_log!7 ts_log!2))))))
(assert
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let (($x47 (> ?x42 0.0)))
 (let (($x302 (and $x47 (<= ?x42 ?x28))))
 (=> $x302 (<= ts_log!7 ts_log!3)))))))
(assert
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let (($x47 (> ?x42 0.0)))
 (let (($x306 (and $x47 (<= ?x42 ?x30))))
 (=> $x306 (<= ts_log!7 ts_log!4)))))))
(assert
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let (($x47 (> ?x42 0.0)))
 (let (($x310 (and $x47 (<= ?x42 ?x32))))
 (=> $x310 (<= ts_log!7 ts_log!5)))))))
(assert
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let (($x47 (> ?x42 0.0)))
 (let (($x314 (and $x47 (<= ?x42 ?x40))))
 (=> $x314 (<= ts_log!7 ts_log!6)))))))
(assert
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let (($x47 (> ?x42 0.0)))
 (let (($x318 (and $x47 (<= ?x42 ?x44))))
 (=> $x318 (<= ts_log!7 ts_log!8)))))))
(assert
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let (($x49 (> ?x44 0.0)))
 (let (($x322 (and $x49 (<= ?x44 x0_0))))
 (=> $x322 (<= ts_log!8 ts_log!0))))))
(assert
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let (($x49 (> ?x44 0.0)))
 (let (($x326 (and $x49 (<= ?x44 x0_1))))
 (=> $x326 (<= ts_log!8 ts_log!1))))))
(assert
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let (($x49 (> ?x44 0.0)))
 (let (($x330 (and $x49 (<= ?x44 x0_2))))
 (=> $x330 (<= ts_log!8 ts_log!2))))))
(assert
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let (($x49 (> ?x44 0.0)))
 (let (($x334 (and $x49 (<= ?x44 ?x28))))
 (=> $x334 (<= ts_log!8 ts_log!3)))))))
(assert
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let (($x49 (> ?x44 0.0)))
 (let (($x338 (and $x49 (<= ?x44 ?x30))))
 (=> $x338 (<= ts_log!8 ts_log!4)))))))
(assert
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let (($x49 (> ?x44 0.0)))
 (let (($x342 (and $x49 (<= ?x44 ?x32))))
 (=> $x342 (<= ts_log!8 ts_log!5)))))))
(assert
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let (($x49 (> ?x44 0.0)))
 (let (($x346 (and $x49 (<= ?x44 ?x40))))
 (=> $x346 (<= ts_log!8 ts_log!6)))))))
(assert
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let (($x49 (> ?x44 0.0)))
 (let (($x350 (and $x49 (<= ?x44 ?x42))))
 (=> $x350 (<= ts_log!8 ts_log!7)))))))
(assert
 (> x0_0 0.0))
(assert
 (> x0_1 0.0))
(assert
 (> x0_2 0.0))
(assert
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (> ?x28 0.0)))
(assert
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (> ?x30 0.0)))
(assert
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (> ?x32 0.0)))
(assert
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (> ?x40 0.0)))
(assert
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (> ?x42 0.0)))
(assert
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (> ?x44 0.0)))
(assert
 (not (or (= ts_log!8 +inf!) (<= ts_log!2 ts_log!8))))
(assert
 (let (($x513 (= ts_log!0 ts_log!1)))
 (=> (and (= x0_0 x0_1)) $x513)))
(assert
 (let (($x517 (= ts_log!0 ts_log!2)))
 (=> (and (= x0_0 x0_2)) $x517)))
(assert
 (let (($x521 (= ts_log!0 ts_log!3)))
 (=> (and (= x0_0 (ite (< 0.0 l0_0) l0_0 0.0))) $x521)))
(assert
 (let (($x525 (= ts_log!0 ts_log!4)))
 (=> (and (= x0_0 (ite (< 0.0 l0_1) l0_1 0.0))) $x525)))
(assert
 (let (($x529 (= ts_log!0 ts_log!5)))
 (=> (and (= x0_0 (ite (< 0.0 l0_2) l0_2 0.0))) $x529)))
(assert
 (let (($x533 (= ts_log!0 ts_log!6)))
 (=> (and (= x0_0 (ite (< 0.0 u0_0) u0_0 0.0))) $x533)))
(assert
 (let (($x537 (= ts_log!0 ts_log!7)))
 (=> (and (= x0_0 (ite (< 0.0 u0_1) u0_1 0.0))) $x537)))
(assert
 (let (($x541 (= ts_log!0 ts_log!8)))
 (=> (and (= x0_0 (ite (< 0.0 u0_2) u0_2 0.0))) $x541)))
(assert
 (let (($x545 (= ts_log!1 ts_log!2)))
 (=> (and (= x0_1 x0_2)) $x545)))
(assert
 (let (($x549 (= ts_log!1 ts_log!3)))
 (=> (and (= x0_1 (ite (< 0.0 l0_0) l0_0 0.0))) $x549)))
(assert
 (let (($x553 (= ts_log!1 ts_log!4)))
 (=> (and (= x0_1 (ite (< 0.0 l0_1) l0_1 0.0))) $x553)))
(assert
 (let (($x557 (= ts_log!1 ts_log!5)))
 (=> (and (= x0_1 (ite (< 0.0 l0_2) l0_2 0.0))) $x557)))
(assert
 (let (($x561 (= ts_log!1 ts_log!6)))
 (=> (and (= x0_1 (ite (< 0.0 u0_0) u0_0 0.0))) $x561)))
(assert
 (let (($x565 (= ts_log!1 ts_log!7)))
 (=> (and (= x0_1 (ite (< 0.0 u0_1) u0_1 0.0))) $x565)))
(assert
 (let (($x569 (= ts_log!1 ts_log!8)))
 (=> (and (= x0_1 (ite (< 0.0 u0_2) u0_2 0.0))) $x569)))
(assert
 (let (($x573 (= ts_log!2 ts_log!3)))
 (=> (and (= x0_2 (ite (< 0.0 l0_0) l0_0 0.0))) $x573)))
(assert
 (let (($x577 (= ts_log!2 ts_log!4)))
 (=> (and (= x0_2 (ite (< 0.0 l0_1) l0_1 0.0))) $x577)))
(assert
 (let (($x581 (= ts_log!2 ts_log!5)))
 (=> (and (= x0_2 (ite (< 0.0 l0_2) l0_2 0.0))) $x581)))
(assert
 (let (($x585 (= ts_log!2 ts_log!6)))
 (=> (and (= x0_2 (ite (< 0.0 u0_0) u0_0 0.0))) $x585)))
(assert
 (let (($x589 (= ts_log!2 ts_log!7)))
 (=> (and (= x0_2 (ite (< 0.0 u0_1) u0_1 0.0))) $x589)))
(assert
 (let (($x593 (= ts_log!2 ts_log!8)))
 (=> (and (= x0_2 (ite (< 0.0 u0_2) u0_2 0.0))) $x593)))
(assert
 (let (($x597 (= ts_log!3 ts_log!4)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x28 ?x30)) $x597)))))
(assert
 (let (($x601 (= ts_log!3 ts_log!5)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x28 ?x32)) $x601)))))
(assert
 (let (($x605 (= ts_log!3 ts_log!6)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x28 ?x40)) $x605)))))
(assert
 (let (($x609 (= ts_log!3 ts_log!7)))
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x28 ?x42)) $x609)))))
(assert
 (let (($x613 (= ts_log!3 ts_log!8)))
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x28 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x28 ?x44)) $x613)))))
(assert
 (let (($x617 (= ts_log!4 ts_log!5)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (=> (and (= ?x30 ?x32)) $x617)))))
(assert
 (let (($x621 (= ts_log!4 ts_log!6)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (=> (and (= ?x30 ?x40)) $x621)))))
(assert
 (let (($x625 (= ts_log!4 ts_log!7)))
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (=> (and (= ?x30 ?x42)) $x625)))))
(assert
 (let (($x629 (= ts_log!4 ts_log!8)))
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x30 (ite (< 0.0 l0_1) l0_1 0.0)))
 (=> (and (= ?x30 ?x44)) $x629)))))
(assert
 (let (($x633 (= ts_log!5 ts_log!6)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (=> (and (= ?x32 ?x40)) $x633)))))
(assert
 (let (($x637 (= ts_log!5 ts_log!7)))
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (=> (and (= ?x32 ?x42)) $x637)))))
(assert
 (let (($x641 (= ts_log!5 ts_log!8)))
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x32 (ite (< 0.0 l0_2) l0_2 0.0)))
 (=> (and (= ?x32 ?x44)) $x641)))))
(assert
 (let (($x645 (= ts_log!6 ts_log!7)))
 (let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (=> (and (= ?x40 ?x42)) $x645)))))
(assert
 (let (($x649 (= ts_log!6 ts_log!8)))
 (let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x40 (ite (< 0.0 u0_0) u0_0 0.0)))
 (=> (and (= ?x40 ?x44)) $x649)))))
(assert
 (let (($x653 (= ts_log!7 ts_log!8)))
(let ((?x44 (ite (< 0.0 u0_2) u0_2 0.0)))
(let ((?x42 (ite (< 0.0 u0_1) u0_1 0.0)))
(=> (and (= ?x42 ?x44)) $x653)))))
(check-sat)
