; torchsmt obligation reduce_max.interval_sound@3 (lemma, op reduce_max, interval_sound)
; l <= x <= u -> lo <= f(x) <= hi at shapes ((3,),) (on the op's domain)
(set-info :source |torchsmt lemma reduce_max.interval_sound@3 kind lemma|)
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
 (let ((?x21 (ite (> x0_0 x0_1) x0_0 x0_1)))
(let ((?x23 (ite (> ?x21 x0_2) ?x21 x0_2)))
(let ((?x30 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
(let ((?x29 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
(let ((?x28 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
(let ((?x39 (ite (> ?x28 ?x29) ?x28 ?x29)))
(let ((?x41 (ite (> ?x39 ?x30) ?x39 ?x30)))
(let (($x48 (or (= ?x41 -inf!) (<= ?x41 ?x23))))
(not $x48))))))))))
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
 (let ((?x37 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
(let ((?x36 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
(let ((?x35 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
(let ((?x43 (ite (> ?x35 ?x36) ?x35 ?x36)))
(let ((?x45 (ite (> ?x43 ?x37) ?x43 ?x37)))
(let ((?x21 (ite (> x0_0 x0_1) x0_0 x0_1)))
(let ((?x23 (ite (> ?x21 x0_2) ?x21 x0_2)))
(let (($x51 (or (= ?x45 +inf!) (<= ?x23 ?x45))))
(not $x51))))))))))
(check-sat)
