; torchsmt obligation sqrt.interval_sound@3 (lemma, op sqrt, interval_sound)
; l <= x <= u -> lo <= f(x) <= hi at shapes ((3,),) (on the op's domain)
(set-info :source |torchsmt lemma sqrt.interval_sound@3 kind lemma|)
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
(declare-fun ts_sqrt!0 () Real)
(declare-fun ts_sqrt!1 () Real)
(declare-fun ts_sqrt!2 () Real)
(declare-fun ts_sqrt!3 () Real)
(declare-fun ts_sqrt!4 () Real)
(declare-fun ts_sqrt!5 () Real)
(declare-fun ts_sqrt!6 () Real)
(declare-fun ts_sqrt!7 () Real)
(declare-fun ts_sqrt!8 () Real)
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
 (let (($x21 (>= x0_0 0.0)))
 (=> $x21 (and (>= ts_sqrt!0 0.0) (= (* ts_sqrt!0 ts_sqrt!0) x0_0)))))
(assert
 (let (($x28 (>= x0_1 0.0)))
 (=> $x28 (and (>= ts_sqrt!1 0.0) (= (* ts_sqrt!1 ts_sqrt!1) x0_1)))))
(assert
 (let (($x35 (>= x0_2 0.0)))
 (=> $x35 (and (>= ts_sqrt!2 0.0) (= (* ts_sqrt!2 ts_sqrt!2) x0_2)))))
(assert
 (let (($x144 (>= ts_sqrt!3 0.0)))
 (let (($x145 (and $x144 (= (* ts_sqrt!3 ts_sqrt!3) (ite (< 0.0 l0_0) l0_0 0.0)))))
 (let ((?x43 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let (($x48 (>= ?x43 0.0)))
 (=> $x48 $x145))))))
(assert
 (let (($x149 (>= ts_sqrt!4 0.0)))
 (let (($x150 (and $x149 (= (* ts_sqrt!4 ts_sqrt!4) (ite (< 0.0 l0_1) l0_1 0.0)))))
 (let ((?x45 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let (($x55 (>= ?x45 0.0)))
 (=> $x55 $x150))))))
(assert
 (let (($x154 (>= ts_sqrt!5 0.0)))
 (let (($x155 (and $x154 (= (* ts_sqrt!5 ts_sqrt!5) (ite (< 0.0 l0_2) l0_2 0.0)))))
 (let ((?x47 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let (($x62 (>= ?x47 0.0)))
 (=> $x62 $x155))))))
(assert
 (let (($x159 (>= ts_sqrt!6 0.0)))
 (let (($x160 (and $x159 (= (* ts_sqrt!6 ts_sqrt!6) (ite (< 0.0 u0_0) u0_0 0.0)))))
 (let ((?x70 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let (($x75 (>= ?x70 0.0)))
 (=> $x75 $x160))))))
(assert
 (let (($x164 (>= ts_sqrt!7 0.0)))
 (let (($x165 (and $x164 (= (* ts_sqrt!7 ts_sqrt!7) (ite (< 0.0 u0_1) u0_1 0.0)))))
 (let ((?x72 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let (($x82 (>= ?x72 0.0)))
 (=> $x82 $x165))))))
(assert
 (let (($x169 (>= ts_sqrt!8 0.0)))
 (let (($x170 (and $x169 (= (* ts_sqrt!8 ts_sqrt!8) (ite (< 0.0 u0_2) u0_2 0.0)))))
 (let ((?x74 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let (($x89 (>= ?x74 0.0)))
 (=> $x89 $x170))))))
(assert
 (>= x0_0 0.0))
(assert
 (>= x0_1 0.0))
(assert
 (>= x0_2 0.0))
(assert
 (let ((?x43 (ite (< 0.0 l0_0) l0_0 0.0)))
 (>= ?x43 0.0)))
(assert
 (let ((?x45 (ite (< 0.0 l0_1) l0_1 0.0)))
 (>= ?x45 0.0)))
(assert
 (let ((?x47 (ite (< 0.0 l0_2) l0_2 0.0)))
 (>= ?x47 0.0)))
(assert
 (let ((?x70 (ite (< 0.0 u0_0) u0_0 0.0)))
 (>= ?x70 0.0)))
(assert
 (let ((?x72 (ite (< 0.0 u0_1) u0_1 0.0)))
 (>= ?x72 0.0)))
(assert
 (let ((?x74 (ite (< 0.0 u0_2) u0_2 0.0)))
 (>= ?x74 0.0)))
(assert
 (not (or (= ts_sqrt!3 -inf!) (<= ts_sqrt!3 ts_sqrt!0))))
(assert
 (let (($x178 (= ts_sqrt!0 ts_sqrt!1)))
 (=> (and (= x0_0 x0_1)) $x178)))
(assert
 (let (($x182 (= ts_sqrt!0 ts_sqrt!2)))
 (=> (and (= x0_0 x0_2)) $x182)))
(assert
 (let (($x186 (= ts_sqrt!0 ts_sqrt!3)))
 (=> (and (= x0_0 (ite (< 0.0 l0_0) l0_0 0.0))) $x186)))
(assert
 (let (($x190 (= ts_sqrt!0 ts_sqrt!4)))
 (=> (and (= x0_0 (ite (< 0.0 l0_1) l0_1 0.0))) $x190)))
(assert
 (let (($x194 (= ts_sqrt!0 ts_sqrt!5)))
 (=> (and (= x0_0 (ite (< 0.0 l0_2) l0_2 0.0))) $x194)))
(assert
 (let (($x198 (= ts_sqrt!0 ts_sqrt!6)))
 (=> (and (= x0_0 (ite (< 0.0 u0_0) u0_0 0.0))) $x198)))
(assert
 (let (($x202 (= ts_sqrt!0 ts_sqrt!7)))
 (=> (and (= x0_0 (ite (< 0.0 u0_1) u0_1 0.0))) $x202)))
(assert
 (let (($x206 (= ts_sqrt!0 ts_sqrt!8)))
 (=> (and (= x0_0 (ite (< 0.0 u0_2) u0_2 0.0))) $x206)))
(assert
 (let (($x210 (= ts_sqrt!1 ts_sqrt!2)))
 (=> (and (= x0_1 x0_2)) $x210)))
(assert
 (let (($x214 (= ts_sqrt!1 ts_sqrt!3)))
 (=> (and (= x0_1 (ite (< 0.0 l0_0) l0_0 0.0))) $x214)))
(assert
 (let (($x218 (= ts_sqrt!1 ts_sqrt!4)))
 (=> (and (= x0_1 (ite (< 0.0 l0_1) l0_1 0.0))) $x218)))
(assert
 (let (($x222 (= ts_sqrt!1 ts_sqrt!5)))
 (=> (and (= x0_1 (ite (< 0.0 l0_2) l0_2 0.0))) $x222)))
(assert
 (let (($x226 (= ts_sqrt!1 ts_sqrt!6)))
 (=> (and (= x0_1 (ite (< 0.0 u0_0) u0_0 0.0))) $x226)))
(assert
 (let (($x230 (= ts_sqrt!1 ts_sqrt!7)))
 (=> (and (= x0_1 (ite (< 0.0 u0_1) u0_1 0.0))) $x230)))
(assert
 (let (($x234 (= ts_sqrt!1 ts_sqrt!8)))
 (=> (and (= x0_1 (ite (< 0.0 u0_2) u0_2 0.0))) $x234)))
(assert
 (let (($x238 (= ts_sqrt!2 ts_sqrt!3)))
 (=> (and (= x0_2 (ite (< 0.0 l0_0) l0_0 0.0))) $x238)))
(assert
 (let (($x242 (= ts_sqrt!2 ts_sqrt!4)))
 (=> (and (= x0_2 (ite (< 0.0 l0_1) l0_1 0.0))) $x242)))
(assert
 (let (($x246 (= ts_sqrt!2 ts_sqrt!5)))
 (=> (and (= x0_2 (ite (< 0.0 l0_2) l0_2 0.0))) $x246)))
(assert
 (let (($x250 (= ts_sqrt!2 ts_sqrt!6)))
 (=> (and (= x0_2 (ite (< 0.0 u0_0) u0_0 0.0))) $x250)))
(assert
 (let (($x254 (= ts_sqrt!2 ts_sqrt!7)))
 (=> (and (= x0_2 (ite (< 0.0 u0_1) u0_1 0.0))) $x254)))
(assert
 (let (($x258 (= ts_sqrt!2 ts_sqrt!8)))
 (=> (and (= x0_2 (ite (< 0.0 u0_2) u0_2 0.0))) $x258)))
(assert
 (let (($x262 (= ts_sqrt!3 ts_sqrt!4)))
 (let ((?x45 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let ((?x43 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x43 ?x45)) $x262)))))
(assert
 (let (($x266 (= ts_sqrt!3 ts_sqrt!5)))
 (let ((?x47 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let ((?x43 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x43 ?x47)) $x266)))))
(assert
 (let (($x270 (= ts_sqrt!3 ts_sqrt!6)))
 (let ((?x70 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x43 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x43 ?x70)) $x270)))))
(assert
 (let (($x274 (= ts_sqrt!3 ts_sqrt!7)))
 (let ((?x72 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x43 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x43 ?x72)) $x274)))))
(assert
 (let (($x278 (= ts_sqrt!3 ts_sqrt!8)))
 (let ((?x74 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x43 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x43 ?x74)) $x278)))))
(assert
 (let (($x282 (= ts_sqrt!4 ts_sqrt!5)))
 (let ((?x47 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let ((?x45 (ite (< 0.0 l0_1) l0_1 0.0)))
 (=> (and (= ?x45 ?x47)) $x282)))))
(assert
 (let (($x286 (= ts_sqrt!4 ts_sqrt!6)))
 (let ((?x70 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x45 (ite (< 0.0 l0_1) l0_1 0.0)))
 (=> (and (= ?x45 ?x70)) $x286)))))
(assert
 (let (($x290 (= ts_sqrt!4 ts_sqrt!7)))
 (let ((?x72 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x45 (ite (< 0.0 l0_1) l0_1 0.0)))
 (=> (and (= ?x45 ?x72)) $x290)))))
(assert
 (let (($x294 (= ts_sqrt!4 ts_sqrt!8)))
 (let ((?x74 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x45 (ite (< 0.0 l0_1) l0_1 0.0)))
 (=> (and (= ?x45 ?x74)) $x294)))))
(assert
 (let (($x298 (= ts_sqrt!5 ts_sqrt!6)))
 (let ((?x70 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x47 (ite (< 0.0 l0_2) l0_2 0.0)))
 (=> (and (= ?x47 ?x70)) $x298)))))
(assert
 (let (($x302 (= ts_sqrt!5 ts_sqrt!7)))
 (let ((?x72 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x47 (ite (< 0.0 l0_2) l0_2 0.0)))
 (=> (and (= ?x47 ?x72)) $x302)))))
(assert
 (let (($x306 (= ts_sqrt!5 ts_sqrt!8)))
 (let ((?x74 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x47 (ite (< 0.0 l0_2) l0_2 0.0)))
 (=> (and (= ?x47 ?x74)) $x306)))))
(assert
 (let (($x310 (= ts_sqrt!6 ts_sqrt!7)))
 (let ((?x72 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x70 (ite (< 0.0 u0_0) u0_0 0.0)))
 (=> (and (= ?x70 ?x72)) $x310)))))
(assert
 (let (($x314 (= ts_sqrt!6 ts_sqrt!8)))
 (let ((?x74 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x70 (ite (< 0.0 u0_0) u0_0 0.0)))
 (=> (and (= ?x70 ?x74)) $x314)))))
(assert
 (let (($x318 (= ts_sqrt!7 ts_sqrt!8)))
(let ((?x74 (ite (< 0.0 u0_2) u0_2 0.0)))
(let ((?x72 (ite (< 0.0 u0_1) u0_1 0.0)))
(=> (and (= ?x72 ?x74)) $x318)))))
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
(declare-fun ts_sqrt!0 () Real)
(declare-fun ts_sqrt!1 () Real)
(declare-fun ts_sqrt!2 () Real)
(declare-fun ts_sqrt!3 () Real)
(declare-fun ts_sqrt!4 () Real)
(declare-fun ts_sqrt!5 () Real)
(declare-fun ts_sqrt!6 () Real)
(declare-fun ts_sqrt!7 () Real)
(declare-fun ts_sqrt!8 () Real)
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
 (let (($x21 (>= x0_0 0.0)))
 (=> $x21 (and (>= ts_sqrt!0 0.0) (= (* ts_sqrt!0 ts_sqrt!0) x0_0)))))
(assert
 (let (($x28 (>= x0_1 0.0)))
 (=> $x28 (and (>= ts_sqrt!1 0.0) (= (* ts_sqrt!1 ts_sqrt!1) x0_1)))))
(assert
 (let (($x35 (>= x0_2 0.0)))
 (=> $x35 (and (>= ts_sqrt!2 0.0) (= (* ts_sqrt!2 ts_sqrt!2) x0_2)))))
(assert
 (let (($x144 (>= ts_sqrt!3 0.0)))
 (let (($x145 (and $x144 (= (* ts_sqrt!3 ts_sqrt!3) (ite (< 0.0 l0_0) l0_0 0.0)))))
 (let ((?x43 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let (($x48 (>= ?x43 0.0)))
 (=> $x48 $x145))))))
(assert
 (let (($x149 (>= ts_sqrt!4 0.0)))
 (let (($x150 (and $x149 (= (* ts_sqrt!4 ts_sqrt!4) (ite (< 0.0 l0_1) l0_1 0.0)))))
 (let ((?x45 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let (($x55 (>= ?x45 0.0)))
 (=> $x55 $x150))))))
(assert
 (let (($x154 (>= ts_sqrt!5 0.0)))
 (let (($x155 (and $x154 (= (* ts_sqrt!5 ts_sqrt!5) (ite (< 0.0 l0_2) l0_2 0.0)))))
 (let ((?x47 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let (($x62 (>= ?x47 0.0)))
 (=> $x62 $x155))))))
(assert
 (let (($x159 (>= ts_sqrt!6 0.0)))
 (let (($x160 (and $x159 (= (* ts_sqrt!6 ts_sqrt!6) (ite (< 0.0 u0_0) u0_0 0.0)))))
 (let ((?x70 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let (($x75 (>= ?x70 0.0)))
 (=> $x75 $x160))))))
(assert
 (let (($x164 (>= ts_sqrt!7 0.0)))
 (let (($x165 (and $x164 (= (* ts_sqrt!7 ts_sqrt!7) (ite (< 0.0 u0_1) u0_1 0.0)))))
 (let ((?x72 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let (($x82 (>= ?x72 0.0)))
 (=> $x82 $x165))))))
(assert
 (let (($x169 (>= ts_sqrt!8 0.0)))
 (let (($x170 (and $x169 (= (* ts_sqrt!8 ts_sqrt!8) (ite (< 0.0 u0_2) u0_2 0.0)))))
 (let ((?x74 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let (($x89 (>= ?x74 0.0)))
 (=> $x89 $x170))))))
(assert
 (>= x0_0 0.0))
(assert
 (>= x0_1 0.0))
(assert
 (>= x0_2 0.0))
(assert
 (let ((?x43 (ite (< 0.0 l0_0) l0_0 0.0)))
 (>= ?x43 0.0)))
(assert
 (let ((?x45 (ite (< 0.0 l0_1) l0_1 0.0)))
 (>= ?x45 0.0)))
(assert
 (let ((?x47 (ite (< 0.0 l0_2) l0_2 0.0)))
 (>= ?x47 0.0)))
(assert
 (let ((?x70 (ite (< 0.0 u0_0) u0_0 0.0)))
 (>= ?x70 0.0)))
(assert
 (let ((?x72 (ite (< 0.0 u0_1) u0_1 0.0)))
 (>= ?x72 0.0)))
(assert
 (let ((?x74 (ite (< 0.0 u0_2) u0_2 0.0)))
 (>= ?x74 0.0)))
(assert
 (not (or (= ts_sqrt!6 +inf!) (<= ts_sqrt!0 ts_sqrt!6))))
(assert
 (let (($x178 (= ts_sqrt!0 ts_sqrt!1)))
 (=> (and (= x0_0 x0_1)) $x178)))
(assert
 (let (($x182 (= ts_sqrt!0 ts_sqrt!2)))
 (=> (and (= x0_0 x0_2)) $x182)))
(assert
 (let (($x186 (= ts_sqrt!0 ts_sqrt!3)))
 (=> (and (= x0_0 (ite (< 0.0 l0_0) l0_0 0.0))) $x186)))
(assert
 (let (($x190 (= ts_sqrt!0 ts_sqrt!4)))
 (=> (and (= x0_0 (ite (< 0.0 l0_1) l0_1 0.0))) $x190)))
(assert
 (let (($x194 (= ts_sqrt!0 ts_sqrt!5)))
 (=> (and (= x0_0 (ite (< 0.0 l0_2) l0_2 0.0))) $x194)))
(assert
 (let (($x198 (= ts_sqrt!0 ts_sqrt!6)))
 (=> (and (= x0_0 (ite (< 0.0 u0_0) u0_0 0.0))) $x198)))
(assert
 (let (($x202 (= ts_sqrt!0 ts_sqrt!7)))
 (=> (and (= x0_0 (ite (< 0.0 u0_1) u0_1 0.0))) $x202)))
(assert
 (let (($x206 (= ts_sqrt!0 ts_sqrt!8)))
 (=> (and (= x0_0 (ite (< 0.0 u0_2) u0_2 0.0))) $x206)))
(assert
 (let (($x210 (= ts_sqrt!1 ts_sqrt!2)))
 (=> (and (= x0_1 x0_2)) $x210)))
(assert
 (let (($x214 (= ts_sqrt!1 ts_sqrt!3)))
 (=> (and (= x0_1 (ite (< 0.0 l0_0) l0_0 0.0))) $x214)))
(assert
 (let (($x218 (= ts_sqrt!1 ts_sqrt!4)))
 (=> (and (= x0_1 (ite (< 0.0 l0_1) l0_1 0.0))) $x218)))
(assert
 (let (($x222 (= ts_sqrt!1 ts_sqrt!5)))
 (=> (and (= x0_1 (ite (< 0.0 l0_2) l0_2 0.0))) $x222)))
(assert
 (let (($x226 (= ts_sqrt!1 ts_sqrt!6)))
 (=> (and (= x0_1 (ite (< 0.0 u0_0) u0_0 0.0))) $x226)))
(assert
 (let (($x230 (= ts_sqrt!1 ts_sqrt!7)))
 (=> (and (= x0_1 (ite (< 0.0 u0_1) u0_1 0.0))) $x230)))
(assert
 (let (($x234 (= ts_sqrt!1 ts_sqrt!8)))
 (=> (and (= x0_1 (ite (< 0.0 u0_2) u0_2 0.0))) $x234)))
(assert
 (let (($x238 (= ts_sqrt!2 ts_sqrt!3)))
 (=> (and (= x0_2 (ite (< 0.0 l0_0) l0_0 0.0))) $x238)))
(assert
 (let (($x242 (= ts_sqrt!2 ts_sqrt!4)))
 (=> (and (= x0_2 (ite (< 0.0 l0_1) l0_1 0.0))) $x242)))
(assert
 (let (($x246 (= ts_sqrt!2 ts_sqrt!5)))
 (=> (and (= x0_2 (ite (< 0.0 l0_2) l0_2 0.0))) $x246)))
(assert
 (let (($x250 (= ts_sqrt!2 ts_sqrt!6)))
 (=> (and (= x0_2 (ite (< 0.0 u0_0) u0_0 0.0))) $x250)))
(assert
 (let (($x254 (= ts_sqrt!2 ts_sqrt!7)))
 (=> (and (= x0_2 (ite (< 0.0 u0_1) u0_1 0.0))) $x254)))
(assert
 (let (($x258 (= ts_sqrt!2 ts_sqrt!8)))
 (=> (and (= x0_2 (ite (< 0.0 u0_2) u0_2 0.0))) $x258)))
(assert
 (let (($x262 (= ts_sqrt!3 ts_sqrt!4)))
 (let ((?x45 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let ((?x43 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x43 ?x45)) $x262)))))
(assert
 (let (($x266 (= ts_sqrt!3 ts_sqrt!5)))
 (let ((?x47 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let ((?x43 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x43 ?x47)) $x266)))))
(assert
 (let (($x270 (= ts_sqrt!3 ts_sqrt!6)))
 (let ((?x70 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x43 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x43 ?x70)) $x270)))))
(assert
 (let (($x274 (= ts_sqrt!3 ts_sqrt!7)))
 (let ((?x72 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x43 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x43 ?x72)) $x274)))))
(assert
 (let (($x278 (= ts_sqrt!3 ts_sqrt!8)))
 (let ((?x74 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x43 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x43 ?x74)) $x278)))))
(assert
 (let (($x282 (= ts_sqrt!4 ts_sqrt!5)))
 (let ((?x47 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let ((?x45 (ite (< 0.0 l0_1) l0_1 0.0)))
 (=> (and (= ?x45 ?x47)) $x282)))))
(assert
 (let (($x286 (= ts_sqrt!4 ts_sqrt!6)))
 (let ((?x70 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x45 (ite (< 0.0 l0_1) l0_1 0.0)))
 (=> (and (= ?x45 ?x70)) $x286)))))
(assert
 (let (($x290 (= ts_sqrt!4 ts_sqrt!7)))
 (let ((?x72 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x45 (ite (< 0.0 l0_1) l0_1 0.0)))
 (=> (and (= ?x45 ?x72)) $x290)))))
(assert
 (let (($x294 (= ts_sqrt!4 ts_sqrt!8)))
 (let ((?x74 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x45 (ite (< 0.0 l0_1) l0_1 0.0)))
 (=> (and (= ?x45 ?x74)) $x294)))))
(assert
 (let (($x298 (= ts_sqrt!5 ts_sqrt!6)))
 (let ((?x70 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x47 (ite (< 0.0 l0_2) l0_2 0.0)))
 (=> (and (= ?x47 ?x70)) $x298)))))
(assert
 (let (($x302 (= ts_sqrt!5 ts_sqrt!7)))
 (let ((?x72 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x47 (ite (< 0.0 l0_2) l0_2 0.0)))
 (=> (and (= ?x47 ?x72)) $x302)))))
(assert
 (let (($x306 (= ts_sqrt!5 ts_sqrt!8)))
 (let ((?x74 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x47 (ite (< 0.0 l0_2) l0_2 0.0)))
 (=> (and (= ?x47 ?x74)) $x306)))))
(assert
 (let (($x310 (= ts_sqrt!6 ts_sqrt!7)))
 (let ((?x72 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x70 (ite (< 0.0 u0_0) u0_0 0.0)))
 (=> (and (= ?x70 ?x72)) $x310)))))
(assert
 (let (($x314 (= ts_sqrt!6 ts_sqrt!8)))
 (let ((?x74 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x70 (ite (< 0.0 u0_0) u0_0 0.0)))
 (=> (and (= ?x70 ?x74)) $x314)))))
(assert
 (let (($x318 (= ts_sqrt!7 ts_sqrt!8)))
(let ((?x74 (ite (< 0.0 u0_2) u0_2 0.0)))
(let ((?x72 (ite (< 0.0 u0_1) u0_1 0.0)))
(=> (and (= ?x72 ?x74)) $x318)))))
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
(declare-fun ts_sqrt!0 () Real)
(declare-fun ts_sqrt!1 () Real)
(declare-fun ts_sqrt!2 () Real)
(declare-fun ts_sqrt!3 () Real)
(declare-fun ts_sqrt!4 () Real)
(declare-fun ts_sqrt!5 () Real)
(declare-fun ts_sqrt!6 () Real)
(declare-fun ts_sqrt!7 () Real)
(declare-fun ts_sqrt!8 () Real)
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
 (let (($x21 (>= x0_0 0.0)))
 (=> $x21 (and (>= ts_sqrt!0 0.0) (= (* ts_sqrt!0 ts_sqrt!0) x0_0)))))
(assert
 (let (($x28 (>= x0_1 0.0)))
 (=> $x28 (and (>= ts_sqrt!1 0.0) (= (* ts_sqrt!1 ts_sqrt!1) x0_1)))))
(assert
 (let (($x35 (>= x0_2 0.0)))
 (=> $x35 (and (>= ts_sqrt!2 0.0) (= (* ts_sqrt!2 ts_sqrt!2) x0_2)))))
(assert
 (let (($x144 (>= ts_sqrt!3 0.0)))
 (let (($x145 (and $x144 (= (* ts_sqrt!3 ts_sqrt!3) (ite (< 0.0 l0_0) l0_0 0.0)))))
 (let ((?x43 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let (($x48 (>= ?x43 0.0)))
 (=> $x48 $x145))))))
(assert
 (let (($x149 (>= ts_sqrt!4 0.0)))
 (let (($x150 (and $x149 (= (* ts_sqrt!4 ts_sqrt!4) (ite (< 0.0 l0_1) l0_1 0.0)))))
 (let ((?x45 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let (($x55 (>= ?x45 0.0)))
 (=> $x55 $x150))))))
(assert
 (let (($x154 (>= ts_sqrt!5 0.0)))
 (let (($x155 (and $x154 (= (* ts_sqrt!5 ts_sqrt!5) (ite (< 0.0 l0_2) l0_2 0.0)))))
 (let ((?x47 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let (($x62 (>= ?x47 0.0)))
 (=> $x62 $x155))))))
(assert
 (let (($x159 (>= ts_sqrt!6 0.0)))
 (let (($x160 (and $x159 (= (* ts_sqrt!6 ts_sqrt!6) (ite (< 0.0 u0_0) u0_0 0.0)))))
 (let ((?x70 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let (($x75 (>= ?x70 0.0)))
 (=> $x75 $x160))))))
(assert
 (let (($x164 (>= ts_sqrt!7 0.0)))
 (let (($x165 (and $x164 (= (* ts_sqrt!7 ts_sqrt!7) (ite (< 0.0 u0_1) u0_1 0.0)))))
 (let ((?x72 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let (($x82 (>= ?x72 0.0)))
 (=> $x82 $x165))))))
(assert
 (let (($x169 (>= ts_sqrt!8 0.0)))
 (let (($x170 (and $x169 (= (* ts_sqrt!8 ts_sqrt!8) (ite (< 0.0 u0_2) u0_2 0.0)))))
 (let ((?x74 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let (($x89 (>= ?x74 0.0)))
 (=> $x89 $x170))))))
(assert
 (>= x0_0 0.0))
(assert
 (>= x0_1 0.0))
(assert
 (>= x0_2 0.0))
(assert
 (let ((?x43 (ite (< 0.0 l0_0) l0_0 0.0)))
 (>= ?x43 0.0)))
(assert
 (let ((?x45 (ite (< 0.0 l0_1) l0_1 0.0)))
 (>= ?x45 0.0)))
(assert
 (let ((?x47 (ite (< 0.0 l0_2) l0_2 0.0)))
 (>= ?x47 0.0)))
(assert
 (let ((?x70 (ite (< 0.0 u0_0) u0_0 0.0)))
 (>= ?x70 0.0)))
(assert
 (let ((?x72 (ite (< 0.0 u0_1) u0_1 0.0)))
 (>= ?x72 0.0)))
(assert
 (let ((?x74 (ite (< 0.0 u0_2) u0_2 0.0)))
 (>= ?x74 0.0)))
(assert
 (not (or (= ts_sqrt!4 -inf!) (<= ts_sqrt!4 ts_sqrt!1))))
(assert
 (let (($x178 (= ts_sqrt!0 ts_sqrt!1)))
 (=> (and (= x0_0 x0_1)) $x178)))
(assert
 (let (($x182 (= ts_sqrt!0 ts_sqrt!2)))
 (=> (and (= x0_0 x0_2)) $x182)))
(assert
 (let (($x186 (= ts_sqrt!0 ts_sqrt!3)))
 (=> (and (= x0_0 (ite (< 0.0 l0_0) l0_0 0.0))) $x186)))
(assert
 (let (($x190 (= ts_sqrt!0 ts_sqrt!4)))
 (=> (and (= x0_0 (ite (< 0.0 l0_1) l0_1 0.0))) $x190)))
(assert
 (let (($x194 (= ts_sqrt!0 ts_sqrt!5)))
 (=> (and (= x0_0 (ite (< 0.0 l0_2) l0_2 0.0))) $x194)))
(assert
 (let (($x198 (= ts_sqrt!0 ts_sqrt!6)))
 (=> (and (= x0_0 (ite (< 0.0 u0_0) u0_0 0.0))) $x198)))
(assert
 (let (($x202 (= ts_sqrt!0 ts_sqrt!7)))
 (=> (and (= x0_0 (ite (< 0.0 u0_1) u0_1 0.0))) $x202)))
(assert
 (let (($x206 (= ts_sqrt!0 ts_sqrt!8)))
 (=> (and (= x0_0 (ite (< 0.0 u0_2) u0_2 0.0))) $x206)))
(assert
 (let (($x210 (= ts_sqrt!1 ts_sqrt!2)))
 (=> (and (= x0_1 x0_2)) $x210)))
(assert
 (let (($x214 (= ts_sqrt!1 ts_sqrt!3)))
 (=> (and (= x0_1 (ite (< 0.0 l0_0) l0_0 0.0))) $x214)))
(assert
 (let (($x218 (= ts_sqrt!1 ts_sqrt!4)))
 (=> (and (= x0_1 (ite (< 0.0 l0_1) l0_1 0.0))) $x218)))
(assert
 (let (($x222 (= ts_sqrt!1 ts_sqrt!5)))
 (=> (and (= x0_1 (ite (< 0.0 l0_2) l0_2 0.0))) $x222)))
(assert
 (let (($x226 (= ts_sqrt!1 ts_sqrt!6)))
 (=> (and (= x0_1 (ite (< 0.0 u0_0) u0_0 0.0))) $x226)))
(assert
 (let (($x230 (= ts_sqrt!1 ts_sqrt!7)))
 (=> (and (= x0_1 (ite (< 0.0 u0_1) u0_1 0.0))) $x230)))
(assert
 (let (($x234 (= ts_sqrt!1 ts_sqrt!8)))
 (=> (and (= x0_1 (ite (< 0.0 u0_2) u0_2 0.0))) $x234)))
(assert
 (let (($x238 (= ts_sqrt!2 ts_sqrt!3)))
 (=> (and (= x0_2 (ite (< 0.0 l0_0) l0_0 0.0))) $x238)))
(assert
 (let (($x242 (= ts_sqrt!2 ts_sqrt!4)))
 (=> (and (= x0_2 (ite (< 0.0 l0_1) l0_1 0.0))) $x242)))
(assert
 (let (($x246 (= ts_sqrt!2 ts_sqrt!5)))
 (=> (and (= x0_2 (ite (< 0.0 l0_2) l0_2 0.0))) $x246)))
(assert
 (let (($x250 (= ts_sqrt!2 ts_sqrt!6)))
 (=> (and (= x0_2 (ite (< 0.0 u0_0) u0_0 0.0))) $x250)))
(assert
 (let (($x254 (= ts_sqrt!2 ts_sqrt!7)))
 (=> (and (= x0_2 (ite (< 0.0 u0_1) u0_1 0.0))) $x254)))
(assert
 (let (($x258 (= ts_sqrt!2 ts_sqrt!8)))
 (=> (and (= x0_2 (ite (< 0.0 u0_2) u0_2 0.0))) $x258)))
(assert
 (let (($x262 (= ts_sqrt!3 ts_sqrt!4)))
 (let ((?x45 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let ((?x43 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x43 ?x45)) $x262)))))
(assert
 (let (($x266 (= ts_sqrt!3 ts_sqrt!5)))
 (let ((?x47 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let ((?x43 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x43 ?x47)) $x266)))))
(assert
 (let (($x270 (= ts_sqrt!3 ts_sqrt!6)))
 (let ((?x70 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x43 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x43 ?x70)) $x270)))))
(assert
 (let (($x274 (= ts_sqrt!3 ts_sqrt!7)))
 (let ((?x72 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x43 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x43 ?x72)) $x274)))))
(assert
 (let (($x278 (= ts_sqrt!3 ts_sqrt!8)))
 (let ((?x74 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x43 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x43 ?x74)) $x278)))))
(assert
 (let (($x282 (= ts_sqrt!4 ts_sqrt!5)))
 (let ((?x47 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let ((?x45 (ite (< 0.0 l0_1) l0_1 0.0)))
 (=> (and (= ?x45 ?x47)) $x282)))))
(assert
 (let (($x286 (= ts_sqrt!4 ts_sqrt!6)))
 (let ((?x70 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x45 (ite (< 0.0 l0_1) l0_1 0.0)))
 (=> (and (= ?x45 ?x70)) $x286)))))
(assert
 (let (($x290 (= ts_sqrt!4 ts_sqrt!7)))
 (let ((?x72 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x45 (ite (< 0.0 l0_1) l0_1 0.0)))
 (=> (and (= ?x45 ?x72)) $x290)))))
(assert
 (let (($x294 (= ts_sqrt!4 ts_sqrt!8)))
 (let ((?x74 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x45 (ite (< 0.0 l0_1) l0_1 0.0)))
 (=> (and (= ?x45 ?x74)) $x294)))))
(assert
 (let (($x298 (= ts_sqrt!5 ts_sqrt!6)))
 (let ((?x70 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x47 (ite (< 0.0 l0_2) l0_2 0.0)))
 (=> (and (= ?x47 ?x70)) $x298)))))
(assert
 (let (($x302 (= ts_sqrt!5 ts_sqrt!7)))
 (let ((?x72 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x47 (ite (< 0.0 l0_2) l0_2 0.0)))
 (=> (and (= ?x47 ?x72)) $x302)))))
(assert
 (let (($x306 (= ts_sqrt!5 ts_sqrt!8)))
 (let ((?x74 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x47 (ite (< 0.0 l0_2) l0_2 0.0)))
 (=> (and (= ?x47 ?x74)) $x306)))))
(assert
 (let (($x310 (= ts_sqrt!6 ts_sqrt!7)))
 (let ((?x72 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x70 (ite (< 0.0 u0_0) u0_0 0.0)))
 (=> (and (= ?x70 ?x72)) $x310)))))
(assert
 (let (($x314 (= ts_sqrt!6 ts_sqrt!8)))
 (let ((?x74 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x70 (ite (< 0.0 u0_0) u0_0 0.0)))
 (=> (and (= ?x70 ?x74)) $x314)))))
(assert
 (let (($x318 (= ts_sqrt!7 ts_sqrt!8)))
(let ((?x74 (ite (< 0.0 u0_2) u0_2 0.0)))
(let ((?x72 (ite (< 0.0 u0_1) u0_1 0.0)))
(=> (and (= ?x72 ?x74)) $x318)))))
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
(declare-fun ts_sqrt!0 () Real)
(declare-fun ts_sqrt!1 () Real)
(declare-fun ts_sqrt!2 () Real)
(declare-fun ts_sqrt!3 () Real)
(declare-fun ts_sqrt!4 () Real)
(declare-fun ts_sqrt!5 () Real)
(declare-fun ts_sqrt!6 () Real)
(declare-fun ts_sqrt!7 () Real)
(declare-fun ts_sqrt!8 () Real)
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
 (let (($x21 (>= x0_0 0.0)))
 (=> $x21 (and (>= ts_sqrt!0 0.0) (= (* ts_sqrt!0 ts_sqrt!0) x0_0)))))
(assert
 (let (($x28 (>= x0_1 0.0)))
 (=> $x28 (and (>= ts_sqrt!1 0.0) (= (* ts_sqrt!1 ts_sqrt!1) x0_1)))))
(assert
 (let (($x35 (>= x0_2 0.0)))
 (=> $x35 (and (>= ts_sqrt!2 0.0) (= (* ts_sqrt!2 ts_sqrt!2) x0_2)))))
(assert
 (let (($x144 (>= ts_sqrt!3 0.0)))
 (let (($x145 (and $x144 (= (* ts_sqrt!3 ts_sqrt!3) (ite (< 0.0 l0_0) l0_0 0.0)))))
 (let ((?x43 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let (($x48 (>= ?x43 0.0)))
 (=> $x48 $x145))))))
(assert
 (let (($x149 (>= ts_sqrt!4 0.0)))
 (let (($x150 (and $x149 (= (* ts_sqrt!4 ts_sqrt!4) (ite (< 0.0 l0_1) l0_1 0.0)))))
 (let ((?x45 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let (($x55 (>= ?x45 0.0)))
 (=> $x55 $x150))))))
(assert
 (let (($x154 (>= ts_sqrt!5 0.0)))
 (let (($x155 (and $x154 (= (* ts_sqrt!5 ts_sqrt!5) (ite (< 0.0 l0_2) l0_2 0.0)))))
 (let ((?x47 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let (($x62 (>= ?x47 0.0)))
 (=> $x62 $x155))))))
(assert
 (let (($x159 (>= ts_sqrt!6 0.0)))
 (let (($x160 (and $x159 (= (* ts_sqrt!6 ts_sqrt!6) (ite (< 0.0 u0_0) u0_0 0.0)))))
 (let ((?x70 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let (($x75 (>= ?x70 0.0)))
 (=> $x75 $x160))))))
(assert
 (let (($x164 (>= ts_sqrt!7 0.0)))
 (let (($x165 (and $x164 (= (* ts_sqrt!7 ts_sqrt!7) (ite (< 0.0 u0_1) u0_1 0.0)))))
 (let ((?x72 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let (($x82 (>= ?x72 0.0)))
 (=> $x82 $x165))))))
(assert
 (let (($x169 (>= ts_sqrt!8 0.0)))
 (let (($x170 (and $x169 (= (* ts_sqrt!8 ts_sqrt!8) (ite (< 0.0 u0_2) u0_2 0.0)))))
 (let ((?x74 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let (($x89 (>= ?x74 0.0)))
 (=> $x89 $x170))))))
(assert
 (>= x0_0 0.0))
(assert
 (>= x0_1 0.0))
(assert
 (>= x0_2 0.0))
(assert
 (let ((?x43 (ite (< 0.0 l0_0) l0_0 0.0)))
 (>= ?x43 0.0)))
(assert
 (let ((?x45 (ite (< 0.0 l0_1) l0_1 0.0)))
 (>= ?x45 0.0)))
(assert
 (let ((?x47 (ite (< 0.0 l0_2) l0_2 0.0)))
 (>= ?x47 0.0)))
(assert
 (let ((?x70 (ite (< 0.0 u0_0) u0_0 0.0)))
 (>= ?x70 0.0)))
(assert
 (let ((?x72 (ite (< 0.0 u0_1) u0_1 0.0)))
 (>= ?x72 0.0)))
(assert
 (let ((?x74 (ite (< 0.0 u0_2) u0_2 0.0)))
 (>= ?x74 0.0)))
(assert
 (not (or (= ts_sqrt!7 +inf!) (<= ts_sqrt!1 ts_sqrt!7))))
(assert
 (let (($x178 (= ts_sqrt!0 ts_sqrt!1)))
 (=> (and (= x0_0 x0_1)) $x178)))
(assert
 (let (($x182 (= ts_sqrt!0 ts_sqrt!2)))
 (=> (and (= x0_0 x0_2)) $x182)))
(assert
 (let (($x186 (= ts_sqrt!0 ts_sqrt!3)))
 (=> (and (= x0_0 (ite (< 0.0 l0_0) l0_0 0.0))) $x186)))
(assert
 (let (($x190 (= ts_sqrt!0 ts_sqrt!4)))
 (=> (and (= x0_0 (ite (< 0.0 l0_1) l0_1 0.0))) $x190)))
(assert
 (let (($x194 (= ts_sqrt!0 ts_sqrt!5)))
 (=> (and (= x0_0 (ite (< 0.0 l0_2) l0_2 0.0))) $x194)))
(assert
 (let (($x198 (= ts_sqrt!0 ts_sqrt!6)))
 (=> (and (= x0_0 (ite (< 0.0 u0_0) u0_0 0.0))) $x198)))
(assert
 (let (($x202 (= ts_sqrt!0 ts_sqrt!7)))
 (=> (and (= x0_0 (ite (< 0.0 u0_1) u0_1 0.0))) $x202)))
(assert
 (let (($x206 (= ts_sqrt!0 ts_sqrt!8)))
 (=> (and (= x0_0 (ite (< 0.0 u0_2) u0_2 0.0))) $x206)))
(assert
 (let (($x210 (= ts_sqrt!1 ts_sqrt!2)))
 (=> (and (= x0_1 x0_2)) $x210)))
(assert
 (let (($x214 (= ts_sqrt!1 ts_sqrt!3)))
 (=> (and (= x0_1 (ite (< 0.0 l0_0) l0_0 0.0))) $x214)))
(assert
 (let (($x218 (= ts_sqrt!1 ts_sqrt!4)))
 (=> (and (= x0_1 (ite (< 0.0 l0_1) l0_1 0.0))) $x218)))
(assert
 (let (($x222 (= ts_sqrt!1 ts_sqrt!5)))
 (=> (and (= x0_1 (ite (< 0.0 l0_2) l0_2 0.0))) $x222)))
(assert
 (let (($x226 (= ts_sqrt!1 ts_sqrt!6)))
 (=> (and (= x0_1 (ite (< 0.0 u0_0) u0_0 0.0))) $x226)))
(assert
 (let (($x230 (= ts_sqrt!1 ts_sqrt!7)))
 (=> (and (= x0_1 (ite (< 0.0 u0_1) u0_1 0.0))) $x230)))
(assert
 (let (($x234 (= ts_sqrt!1 ts_sqrt!8)))
 (=> (and (= x0_1 (ite (< 0.0 u0_2) u0_2 0.0))) $x234)))
(assert
 (let (($x238 (= ts_sqrt!2 ts_sqrt!3)))
 (=> (and (= x0_2 (ite (< 0.0 l0_0) l0_0 0.0))) $x238)))
(assert
 (let (($x242 (= ts_sqrt!2 ts_sqrt!4)))
 (=> (and (= x0_2 (ite (< 0.0 l0_1) l0_1 0.0))) $x242)))
(assert
 (let (($x246 (= ts_sqrt!2 ts_sqrt!5)))
 (=> (and (= x0_2 (ite (< 0.0 l0_2) l0_2 0.0))) $x246)))
(assert
 (let (($x250 (= ts_sqrt!2 ts_sqrt!6)))
 (=> (and (= x0_2 (ite (< 0.0 u0_0) u0_0 0.0))) $x250)))
(assert
 (let (($x254 (= ts_sqrt!2 ts_sqrt!7)))
 (=> (and (= x0_2 (ite (< 0.0 u0_1) u0_1 0.0))) $x254)))
(assert
 (let (($x258 (= ts_sqrt!2 ts_sqrt!8)))
 (=> (and (= x0_2 (ite (< 0.0 u0_2) u0_2 0.0))) $x258)))
(assert
 (let (($x262 (= ts_sqrt!3 ts_sqrt!4)))
 (let ((?x45 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let ((?x43 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x43 ?x45)) $x262)))))
(assert
 (let (($x266 (= ts_sqrt!3 ts_sqrt!5)))
 (let ((?x47 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let ((?x43 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x43 ?x47)) $x266)))))
(assert
 (let (($x270 (= ts_sqrt!3 ts_sqrt!6)))
 (let ((?x70 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x43 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x43 ?x70)) $x270)))))
(assert
 (let (($x274 (= ts_sqrt!3 ts_sqrt!7)))
 (let ((?x72 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x43 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x43 ?x72)) $x274)))))
(assert
 (let (($x278 (= ts_sqrt!3 ts_sqrt!8)))
 (let ((?x74 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x43 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x43 ?x74)) $x278)))))
(assert
 (let (($x282 (= ts_sqrt!4 ts_sqrt!5)))
 (let ((?x47 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let ((?x45 (ite (< 0.0 l0_1) l0_1 0.0)))
 (=> (and (= ?x45 ?x47)) $x282)))))
(assert
 (let (($x286 (= ts_sqrt!4 ts_sqrt!6)))
 (let ((?x70 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x45 (ite (< 0.0 l0_1) l0_1 0.0)))
 (=> (and (= ?x45 ?x70)) $x286)))))
(assert
 (let (($x290 (= ts_sqrt!4 ts_sqrt!7)))
 (let ((?x72 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x45 (ite (< 0.0 l0_1) l0_1 0.0)))
 (=> (and (= ?x45 ?x72)) $x290)))))
(assert
 (let (($x294 (= ts_sqrt!4 ts_sqrt!8)))
 (let ((?x74 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x45 (ite (< 0.0 l0_1) l0_1 0.0)))
 (=> (and (= ?x45 ?x74)) $x294)))))
(assert
 (let (($x298 (= ts_sqrt!5 ts_sqrt!6)))
 (let ((?x70 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x47 (ite (< 0.0 l0_2) l0_2 0.0)))
 (=> (and (= ?x47 ?x70)) $x298)))))
(assert
 (let (($x302 (= ts_sqrt!5 ts_sqrt!7)))
 (let ((?x72 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x47 (ite (< 0.0 l0_2) l0_2 0.0)))
 (=> (and (= ?x47 ?x72)) $x302)))))
(assert
 (let (($x306 (= ts_sqrt!5 ts_sqrt!8)))
 (let ((?x74 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x47 (ite (< 0.0 l0_2) l0_2 0.0)))
 (=> (and (= ?x47 ?x74)) $x306)))))
(assert
 (let (($x310 (= ts_sqrt!6 ts_sqrt!7)))
 (let ((?x72 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x70 (ite (< 0.0 u0_0) u0_0 0.0)))
 (=> (and (= ?x70 ?x72)) $x310)))))
(assert
 (let (($x314 (= ts_sqrt!6 ts_sqrt!8)))
 (let ((?x74 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x70 (ite (< 0.0 u0_0) u0_0 0.0)))
 (=> (and (= ?x70 ?x74)) $x314)))))
(assert
 (let (($x318 (= ts_sqrt!7 ts_sqrt!8)))
(let ((?x74 (ite (< 0.0 u0_2) u0_2 0.0)))
(let ((?x72 (ite (< 0.0 u0_1) u0_1 0.0)))
(=> (and (= ?x72 ?x74)) $x318)))))
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
(declare-fun ts_sqrt!0 () Real)
(declare-fun ts_sqrt!1 () Real)
(declare-fun ts_sqrt!2 () Real)
(declare-fun ts_sqrt!3 () Real)
(declare-fun ts_sqrt!4 () Real)
(declare-fun ts_sqrt!5 () Real)
(declare-fun ts_sqrt!6 () Real)
(declare-fun ts_sqrt!7 () Real)
(declare-fun ts_sqrt!8 () Real)
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
 (let (($x21 (>= x0_0 0.0)))
 (=> $x21 (and (>= ts_sqrt!0 0.0) (= (* ts_sqrt!0 ts_sqrt!0) x0_0)))))
(assert
 (let (($x28 (>= x0_1 0.0)))
 (=> $x28 (and (>= ts_sqrt!1 0.0) (= (* ts_sqrt!1 ts_sqrt!1) x0_1)))))
(assert
 (let (($x35 (>= x0_2 0.0)))
 (=> $x35 (and (>= ts_sqrt!2 0.0) (= (* ts_sqrt!2 ts_sqrt!2) x0_2)))))
(assert
 (let (($x144 (>= ts_sqrt!3 0.0)))
 (let (($x145 (and $x144 (= (* ts_sqrt!3 ts_sqrt!3) (ite (< 0.0 l0_0) l0_0 0.0)))))
 (let ((?x43 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let (($x48 (>= ?x43 0.0)))
 (=> $x48 $x145))))))
(assert
 (let (($x149 (>= ts_sqrt!4 0.0)))
 (let (($x150 (and $x149 (= (* ts_sqrt!4 ts_sqrt!4) (ite (< 0.0 l0_1) l0_1 0.0)))))
 (let ((?x45 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let (($x55 (>= ?x45 0.0)))
 (=> $x55 $x150))))))
(assert
 (let (($x154 (>= ts_sqrt!5 0.0)))
 (let (($x155 (and $x154 (= (* ts_sqrt!5 ts_sqrt!5) (ite (< 0.0 l0_2) l0_2 0.0)))))
 (let ((?x47 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let (($x62 (>= ?x47 0.0)))
 (=> $x62 $x155))))))
(assert
 (let (($x159 (>= ts_sqrt!6 0.0)))
 (let (($x160 (and $x159 (= (* ts_sqrt!6 ts_sqrt!6) (ite (< 0.0 u0_0) u0_0 0.0)))))
 (let ((?x70 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let (($x75 (>= ?x70 0.0)))
 (=> $x75 $x160))))))
(assert
 (let (($x164 (>= ts_sqrt!7 0.0)))
 (let (($x165 (and $x164 (= (* ts_sqrt!7 ts_sqrt!7) (ite (< 0.0 u0_1) u0_1 0.0)))))
 (let ((?x72 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let (($x82 (>= ?x72 0.0)))
 (=> $x82 $x165))))))
(assert
 (let (($x169 (>= ts_sqrt!8 0.0)))
 (let (($x170 (and $x169 (= (* ts_sqrt!8 ts_sqrt!8) (ite (< 0.0 u0_2) u0_2 0.0)))))
 (let ((?x74 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let (($x89 (>= ?x74 0.0)))
 (=> $x89 $x170))))))
(assert
 (>= x0_0 0.0))
(assert
 (>= x0_1 0.0))
(assert
 (>= x0_2 0.0))
(assert
 (let ((?x43 (ite (< 0.0 l0_0) l0_0 0.0)))
 (>= ?x43 0.0)))
(assert
 (let ((?x45 (ite (< 0.0 l0_1) l0_1 0.0)))
 (>= ?x45 0.0)))
(assert
 (let ((?x47 (ite (< 0.0 l0_2) l0_2 0.0)))
 (>= ?x47 0.0)))
(assert
 (let ((?x70 (ite (< 0.0 u0_0) u0_0 0.0)))
 (>= ?x70 0.0)))
(assert
 (let ((?x72 (ite (< 0.0 u0_1) u0_1 0.0)))
 (>= ?x72 0.0)))
(assert
 (let ((?x74 (ite (< 0.0 u0_2) u0_2 0.0)))
 (>= ?x74 0.0)))
(assert
 (not (or (= ts_sqrt!5 -inf!) (<= ts_sqrt!5 ts_sqrt!2))))
(assert
 (let (($x178 (= ts_sqrt!0 ts_sqrt!1)))
 (=> (and (= x0_0 x0_1)) $x178)))
(assert
 (let (($x182 (= ts_sqrt!0 ts_sqrt!2)))
 (=> (and (= x0_0 x0_2)) $x182)))
(assert
 (let (($x186 (= ts_sqrt!0 ts_sqrt!3)))
 (=> (and (= x0_0 (ite (< 0.0 l0_0) l0_0 0.0))) $x186)))
(assert
 (let (($x190 (= ts_sqrt!0 ts_sqrt!4)))
 (=> (and (= x0_0 (ite (< 0.0 l0_1) l0_1 0.0))) $x190)))
(assert
 (let (($x194 (= ts_sqrt!0 ts_sqrt!5)))
 (=> (and (= x0_0 (ite (< 0.0 l0_2) l0_2 0.0))) $x194)))
(assert
 (let (($x198 (= ts_sqrt!0 ts_sqrt!6)))
 (=> (and (= x0_0 (ite (< 0.0 u0_0) u0_0 0.0))) $x198)))
(assert
 (let (($x202 (= ts_sqrt!0 ts_sqrt!7)))
 (=> (and (= x0_0 (ite (< 0.0 u0_1) u0_1 0.0))) $x202)))
(assert
 (let (($x206 (= ts_sqrt!0 ts_sqrt!8)))
 (=> (and (= x0_0 (ite (< 0.0 u0_2) u0_2 0.0))) $x206)))
(assert
 (let (($x210 (= ts_sqrt!1 ts_sqrt!2)))
 (=> (and (= x0_1 x0_2)) $x210)))
(assert
 (let (($x214 (= ts_sqrt!1 ts_sqrt!3)))
 (=> (and (= x0_1 (ite (< 0.0 l0_0) l0_0 0.0))) $x214)))
(assert
 (let (($x218 (= ts_sqrt!1 ts_sqrt!4)))
 (=> (and (= x0_1 (ite (< 0.0 l0_1) l0_1 0.0))) $x218)))
(assert
 (let (($x222 (= ts_sqrt!1 ts_sqrt!5)))
 (=> (and (= x0_1 (ite (< 0.0 l0_2) l0_2 0.0))) $x222)))
(assert
 (let (($x226 (= ts_sqrt!1 ts_sqrt!6)))
 (=> (and (= x0_1 (ite (< 0.0 u0_0) u0_0 0.0))) $x226)))
(assert
 (let (($x230 (= ts_sqrt!1 ts_sqrt!7)))
 (=> (and (= x0_1 (ite (< 0.0 u0_1) u0_1 0.0))) $x230)))
(assert
 (let (($x234 (= ts_sqrt!1 ts_sqrt!8)))
 (=> (and (= x0_1 (ite (< 0.0 u0_2) u0_2 0.0))) $x234)))
(assert
 (let (($x238 (= ts_sqrt!2 ts_sqrt!3)))
 (=> (and (= x0_2 (ite (< 0.0 l0_0) l0_0 0.0))) $x238)))
(assert
 (let (($x242 (= ts_sqrt!2 ts_sqrt!4)))
 (=> (and (= x0_2 (ite (< 0.0 l0_1) l0_1 0.0))) $x242)))
(assert
 (let (($x246 (= ts_sqrt!2 ts_sqrt!5)))
 (=> (and (= x0_2 (ite (< 0.0 l0_2) l0_2 0.0))) $x246)))
(assert
 (let (($x250 (= ts_sqrt!2 ts_sqrt!6)))
 (=> (and (= x0_2 (ite (< 0.0 u0_0) u0_0 0.0))) $x250)))
(assert
 (let (($x254 (= ts_sqrt!2 ts_sqrt!7)))
 (=> (and (= x0_2 (ite (< 0.0 u0_1) u0_1 0.0))) $x254)))
(assert
 (let (($x258 (= ts_sqrt!2 ts_sqrt!8)))
 (=> (and (= x0_2 (ite (< 0.0 u0_2) u0_2 0.0))) $x258)))
(assert
 (let (($x262 (= ts_sqrt!3 ts_sqrt!4)))
 (let ((?x45 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let ((?x43 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x43 ?x45)) $x262)))))
(assert
 (let (($x266 (= ts_sqrt!3 ts_sqrt!5)))
 (let ((?x47 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let ((?x43 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x43 ?x47)) $x266)))))
(assert
 (let (($x270 (= ts_sqrt!3 ts_sqrt!6)))
 (let ((?x70 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x43 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x43 ?x70)) $x270)))))
(assert
 (let (($x274 (= ts_sqrt!3 ts_sqrt!7)))
 (let ((?x72 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x43 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x43 ?x72)) $x274)))))
(assert
 (let (($x278 (= ts_sqrt!3 ts_sqrt!8)))
 (let ((?x74 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x43 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x43 ?x74)) $x278)))))
(assert
 (let (($x282 (= ts_sqrt!4 ts_sqrt!5)))
 (let ((?x47 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let ((?x45 (ite (< 0.0 l0_1) l0_1 0.0)))
 (=> (and (= ?x45 ?x47)) $x282)))))
(assert
 (let (($x286 (= ts_sqrt!4 ts_sqrt!6)))
 (let ((?x70 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x45 (ite (< 0.0 l0_1) l0_1 0.0)))
 (=> (and (= ?x45 ?x70)) $x286)))))
(assert
 (let (($x290 (= ts_sqrt!4 ts_sqrt!7)))
 (let ((?x72 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x45 (ite (< 0.0 l0_1) l0_1 0.0)))
 (=> (and (= ?x45 ?x72)) $x290)))))
(assert
 (let (($x294 (= ts_sqrt!4 ts_sqrt!8)))
 (let ((?x74 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x45 (ite (< 0.0 l0_1) l0_1 0.0)))
 (=> (and (= ?x45 ?x74)) $x294)))))
(assert
 (let (($x298 (= ts_sqrt!5 ts_sqrt!6)))
 (let ((?x70 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x47 (ite (< 0.0 l0_2) l0_2 0.0)))
 (=> (and (= ?x47 ?x70)) $x298)))))
(assert
 (let (($x302 (= ts_sqrt!5 ts_sqrt!7)))
 (let ((?x72 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x47 (ite (< 0.0 l0_2) l0_2 0.0)))
 (=> (and (= ?x47 ?x72)) $x302)))))
(assert
 (let (($x306 (= ts_sqrt!5 ts_sqrt!8)))
 (let ((?x74 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x47 (ite (< 0.0 l0_2) l0_2 0.0)))
 (=> (and (= ?x47 ?x74)) $x306)))))
(assert
 (let (($x310 (= ts_sqrt!6 ts_sqrt!7)))
 (let ((?x72 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x70 (ite (< 0.0 u0_0) u0_0 0.0)))
 (=> (and (= ?x70 ?x72)) $x310)))))
(assert
 (let (($x314 (= ts_sqrt!6 ts_sqrt!8)))
 (let ((?x74 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x70 (ite (< 0.0 u0_0) u0_0 0.0)))
 (=> (and (= ?x70 ?x74)) $x314)))))
(assert
 (let (($x318 (= ts_sqrt!7 ts_sqrt!8)))
(let ((?x74 (ite (< 0.0 u0_2) u0_2 0.0)))
(let ((?x72 (ite (< 0.0 u0_1) u0_1 0.0)))
(=> (and (= ?x72 ?x74)) $x318)))))
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
(declare-fun ts_sqrt!0 () Real)
(declare-fun ts_sqrt!1 () Real)
(declare-fun ts_sqrt!2 () Real)
(declare-fun ts_sqrt!3 () Real)
(declare-fun ts_sqrt!4 () Real)
(declare-fun ts_sqrt!5 () Real)
(declare-fun ts_sqrt!6 () Real)
(declare-fun ts_sqrt!7 () Real)
(declare-fun ts_sqrt!8 () Real)
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
 (let (($x21 (>= x0_0 0.0)))
 (=> $x21 (and (>= ts_sqrt!0 0.0) (= (* ts_sqrt!0 ts_sqrt!0) x0_0)))))
(assert
 (let (($x28 (>= x0_1 0.0)))
 (=> $x28 (and (>= ts_sqrt!1 0.0) (= (* ts_sqrt!1 ts_sqrt!1) x0_1)))))
(assert
 (let (($x35 (>= x0_2 0.0)))
 (=> $x35 (and (>= ts_sqrt!2 0.0) (= (* ts_sqrt!2 ts_sqrt!2) x0_2)))))
(assert
 (let (($x144 (>= ts_sqrt!3 0.0)))
 (let (($x145 (and $x144 (= (* ts_sqrt!3 ts_sqrt!3) (ite (< 0.0 l0_0) l0_0 0.0)))))
 (let ((?x43 (ite (< 0.0 l0_0) l0_0 0.0)))
 (let (($x48 (>= ?x43 0.0)))
 (=> $x48 $x145))))))
(assert
 (let (($x149 (>= ts_sqrt!4 0.0)))
 (let (($x150 (and $x149 (= (* ts_sqrt!4 ts_sqrt!4) (ite (< 0.0 l0_1) l0_1 0.0)))))
 (let ((?x45 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let (($x55 (>= ?x45 0.0)))
 (=> $x55 $x150))))))
(assert
 (let (($x154 (>= ts_sqrt!5 0.0)))
 (let (($x155 (and $x154 (= (* ts_sqrt!5 ts_sqrt!5) (ite (< 0.0 l0_2) l0_2 0.0)))))
 (let ((?x47 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let (($x62 (>= ?x47 0.0)))
 (=> $x62 $x155))))))
(assert
 (let (($x159 (>= ts_sqrt!6 0.0)))
 (let (($x160 (and $x159 (= (* ts_sqrt!6 ts_sqrt!6) (ite (< 0.0 u0_0) u0_0 0.0)))))
 (let ((?x70 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let (($x75 (>= ?x70 0.0)))
 (=> $x75 $x160))))))
(assert
 (let (($x164 (>= ts_sqrt!7 0.0)))
 (let (($x165 (and $x164 (= (* ts_sqrt!7 ts_sqrt!7) (ite (< 0.0 u0_1) u0_1 0.0)))))
 (let ((?x72 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let (($x82 (>= ?x72 0.0)))
 (=> $x82 $x165))))))
(assert
 (let (($x169 (>= ts_sqrt!8 0.0)))
 (let (($x170 (and $x169 (= (* ts_sqrt!8 ts_sqrt!8) (ite (< 0.0 u0_2) u0_2 0.0)))))
 (let ((?x74 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let (($x89 (>= ?x74 0.0)))
 (=> $x89 $x170))))))
(assert
 (>= x0_0 0.0))
(assert
 (>= x0_1 0.0))
(assert
 (>= x0_2 0.0))
(assert
 (let ((?x43 (ite (< 0.0 l0_0) l0_0 0.0)))
 (>= ?x43 0.0)))
(assert
 (let ((?x45 (ite (< 0.0 l0_1) l0_1 0.0)))
 (>= ?x45 0.0)))
(assert
 (let ((?x47 (ite (< 0.0 l0_2) l0_2 0.0)))
 (>= ?x47 0.0)))
(assert
 (let ((?x70 (ite (< 0.0 u0_0) u0_0 0.0)))
 (>= ?x70 0.0)))
(assert
 (let ((?x72 (ite (< 0.0 u0_1) u0_1 0.0)))
 (>= ?x72 0.0)))
(assert
 (let ((?x74 (ite (< 0.0 u0_2) u0_2 0.0)))
 (>= ?x74 0.0)))
(assert
 (not (or (= ts_sqrt!8 +inf!) (<= ts_sqrt!2 ts_sqrt!8))))
(assert
 (let (($x178 (= ts_sqrt!0 ts_sqrt!1)))
 (=> (and (= x0_0 x0_1)) $x178)))
(assert
 (let (($x182 (= ts_sqrt!0 ts_sqrt!2)))
 (=> (and (= x0_0 x0_2)) $x182)))
(assert
 (let (($x186 (= ts_sqrt!0 ts_sqrt!3)))
 (=> (and (= x0_0 (ite (< 0.0 l0_0) l0_0 0.0))) $x186)))
(assert
 (let (($x190 (= ts_sqrt!0 ts_sqrt!4)))
 (=> (and (= x0_0 (ite (< 0.0 l0_1) l0_1 0.0))) $x190)))
(assert
 (let (($x194 (= ts_sqrt!0 ts_sqrt!5)))
 (=> (and (= x0_0 (ite (< 0.0 l0_2) l0_2 0.0))) $x194)))
(assert
 (let (($x198 (= ts_sqrt!0 ts_sqrt!6)))
 (=> (and (= x0_0 (ite (< 0.0 u0_0) u0_0 0.0))) $x198)))
(assert
 (let (($x202 (= ts_sqrt!0 ts_sqrt!7)))
 (=> (and (= x0_0 (ite (< 0.0 u0_1) u0_1 0.0))) $x202)))
(assert
 (let (($x206 (= ts_sqrt!0 ts_sqrt!8)))
 (=> (and (= x0_0 (ite (< 0.0 u0_2) u0_2 0.0))) $x206)))
(assert
 (let (($x210 (= ts_sqrt!1 ts_sqrt!2)))
 (=> (and (= x0_1 x0_2)) $x210)))
(assert
 (let (($x214 (= ts_sqrt!1 ts_sqrt!3)))
 (=> (and (= x0_1 (ite (< 0.0 l0_0) l0_0 0.0))) $x214)))
(assert
 (let (($x218 (= ts_sqrt!1 ts_sqrt!4)))
 (=> (and (= x0_1 (ite (< 0.0 l0_1) l0_1 0.0))) $x218)))
(assert
 (let (($x222 (= ts_sqrt!1 ts_sqrt!5)))
 (=> (and (= x0_1 (ite (< 0.0 l0_2) l0_2 0.0))) $x222)))
(assert
 (let (($x226 (= ts_sqrt!1 ts_sqrt!6)))
 (=> (and (= x0_1 (ite (< 0.0 u0_0) u0_0 0.0))) $x226)))
(assert
 (let (($x230 (= ts_sqrt!1 ts_sqrt!7)))
 (=> (and (= x0_1 (ite (< 0.0 u0_1) u0_1 0.0))) $x230)))
(assert
 (let (($x234 (= ts_sqrt!1 ts_sqrt!8)))
 (=> (and (= x0_1 (ite (< 0.0 u0_2) u0_2 0.0))) $x234)))
(assert
 (let (($x238 (= ts_sqrt!2 ts_sqrt!3)))
 (=> (and (= x0_2 (ite (< 0.0 l0_0) l0_0 0.0))) $x238)))
(assert
 (let (($x242 (= ts_sqrt!2 ts_sqrt!4)))
 (=> (and (= x0_2 (ite (< 0.0 l0_1) l0_1 0.0))) $x242)))
(assert
 (let (($x246 (= ts_sqrt!2 ts_sqrt!5)))
 (=> (and (= x0_2 (ite (< 0.0 l0_2) l0_2 0.0))) $x246)))
(assert
 (let (($x250 (= ts_sqrt!2 ts_sqrt!6)))
 (=> (and (= x0_2 (ite (< 0.0 u0_0) u0_0 0.0))) $x250)))
(assert
 (let (($x254 (= ts_sqrt!2 ts_sqrt!7)))
 (=> (and (= x0_2 (ite (< 0.0 u0_1) u0_1 0.0))) $x254)))
(assert
 (let (($x258 (= ts_sqrt!2 ts_sqrt!8)))
 (=> (and (= x0_2 (ite (< 0.0 u0_2) u0_2 0.0))) $x258)))
(assert
 (let (($x262 (= ts_sqrt!3 ts_sqrt!4)))
 (let ((?x45 (ite (< 0.0 l0_1) l0_1 0.0)))
 (let ((?x43 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x43 ?x45)) $x262)))))
(assert
 (let (($x266 (= ts_sqrt!3 ts_sqrt!5)))
 (let ((?x47 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let ((?x43 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x43 ?x47)) $x266)))))
(assert
 (let (($x270 (= ts_sqrt!3 ts_sqrt!6)))
 (let ((?x70 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x43 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x43 ?x70)) $x270)))))
(assert
 (let (($x274 (= ts_sqrt!3 ts_sqrt!7)))
 (let ((?x72 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x43 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x43 ?x72)) $x274)))))
(assert
 (let (($x278 (= ts_sqrt!3 ts_sqrt!8)))
 (let ((?x74 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x43 (ite (< 0.0 l0_0) l0_0 0.0)))
 (=> (and (= ?x43 ?x74)) $x278)))))
(assert
 (let (($x282 (= ts_sqrt!4 ts_sqrt!5)))
 (let ((?x47 (ite (< 0.0 l0_2) l0_2 0.0)))
 (let ((?x45 (ite (< 0.0 l0_1) l0_1 0.0)))
 (=> (and (= ?x45 ?x47)) $x282)))))
(assert
 (let (($x286 (= ts_sqrt!4 ts_sqrt!6)))
 (let ((?x70 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x45 (ite (< 0.0 l0_1) l0_1 0.0)))
 (=> (and (= ?x45 ?x70)) $x286)))))
(assert
 (let (($x290 (= ts_sqrt!4 ts_sqrt!7)))
 (let ((?x72 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x45 (ite (< 0.0 l0_1) l0_1 0.0)))
 (=> (and (= ?x45 ?x72)) $x290)))))
(assert
 (let (($x294 (= ts_sqrt!4 ts_sqrt!8)))
 (let ((?x74 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x45 (ite (< 0.0 l0_1) l0_1 0.0)))
 (=> (and (= ?x45 ?x74)) $x294)))))
(assert
 (let (($x298 (= ts_sqrt!5 ts_sqrt!6)))
 (let ((?x70 (ite (< 0.0 u0_0) u0_0 0.0)))
 (let ((?x47 (ite (< 0.0 l0_2) l0_2 0.0)))
 (=> (and (= ?x47 ?x70)) $x298)))))
(assert
 (let (($x302 (= ts_sqrt!5 ts_sqrt!7)))
 (let ((?x72 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x47 (ite (< 0.0 l0_2) l0_2 0.0)))
 (=> (and (= ?x47 ?x72)) $x302)))))
(assert
 (let (($x306 (= ts_sqrt!5 ts_sqrt!8)))
 (let ((?x74 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x47 (ite (< 0.0 l0_2) l0_2 0.0)))
 (=> (and (= ?x47 ?x74)) $x306)))))
(assert
 (let (($x310 (= ts_sqrt!6 ts_sqrt!7)))
 (let ((?x72 (ite (< 0.0 u0_1) u0_1 0.0)))
 (let ((?x70 (ite (< 0.0 u0_0) u0_0 0.0)))
 (=> (and (= ?x70 ?x72)) $x310)))))
(assert
 (let (($x314 (= ts_sqrt!6 ts_sqrt!8)))
 (let ((?x74 (ite (< 0.0 u0_2) u0_2 0.0)))
 (let ((?x70 (ite (< 0.0 u0_0) u0_0 0.0)))
 (=> (and (= ?x70 ?x74)) $x314)))))
(assert
 (let (($x318 (= ts_sqrt!7 ts_sqrt!8)))
(let ((?x74 (ite (< 0.0 u0_2) u0_2 0.0)))
(let ((?x72 (ite (< 0.0 u0_1) u0_1 0.0)))
(=> (and (= ?x72 ?x74)) $x318)))))
(check-sat)
