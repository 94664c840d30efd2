; torchsmt obligation slice.interval_sound@5 (lemma, op slice, interval_sound)
; l <= x <= u -> lo <= f(x) <= hi at shapes ((5,),) (on the op's domain)
(set-info :source |torchsmt lemma slice.interval_sound@5 kind lemma|)
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
(declare-fun x0_3 () Real)
(declare-fun l0_3 () Real)
(declare-fun u0_3 () Real)
(declare-fun x0_4 () Real)
(declare-fun l0_4 () Real)
(declare-fun u0_4 () Real)
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
 (<= l0_3 x0_3))
(assert
 (<= x0_3 u0_3))
(assert
 (<= l0_4 x0_4))
(assert
 (<= x0_4 u0_4))
(assert
 (let (($x54 (or (= (ite (and (distinct l0_1 l0_1) true) -inf! l0_1) -inf!) (<= (ite (and (distinct l0_1 l0_1) true) -inf! l0_1) x0_1))))
(not $x54)))
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
(declare-fun x0_3 () Real)
(declare-fun l0_3 () Real)
(declare-fun u0_3 () Real)
(declare-fun x0_4 () Real)
(declare-fun l0_4 () Real)
(declare-fun u0_4 () Real)
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
 (<= l0_3 x0_3))
(assert
 (<= x0_3 u0_3))
(assert
 (<= l0_4 x0_4))
(assert
 (<= x0_4 u0_4))
(assert
 (let (($x57 (or (= (ite (and (distinct u0_1 u0_1) true) +inf! u0_1) +inf!) (<= x0_1 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))))
(not $x57)))
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
(declare-fun x0_3 () Real)
(declare-fun l0_3 () Real)
(declare-fun u0_3 () Real)
(declare-fun x0_4 () Real)
(declare-fun l0_4 () Real)
(declare-fun u0_4 () Real)
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
 (<= l0_3 x0_3))
(assert
 (<= x0_3 u0_3))
(assert
 (<= l0_4 x0_4))
(assert
 (<= x0_4 u0_4))
(assert
 (let (($x60 (or (= (ite (and (distinct l0_2 l0_2) true) -inf! l0_2) -inf!) (<= (ite (and (distinct l0_2 l0_2) true) -inf! l0_2) x0_2))))
(not $x60)))
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
(declare-fun x0_3 () Real)
(declare-fun l0_3 () Real)
(declare-fun u0_3 () Real)
(declare-fun x0_4 () Real)
(declare-fun l0_4 () Real)
(declare-fun u0_4 () Real)
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
 (<= l0_3 x0_3))
(assert
 (<= x0_3 u0_3))
(assert
 (<= l0_4 x0_4))
(assert
 (<= x0_4 u0_4))
(assert
 (let (($x63 (or (= (ite (and (distinct u0_2 u0_2) true) +inf! u0_2) +inf!) (<= x0_2 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))))
(not $x63)))
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
(declare-fun x0_3 () Real)
(declare-fun l0_3 () Real)
(declare-fun u0_3 () Real)
(declare-fun x0_4 () Real)
(declare-fun l0_4 () Real)
(declare-fun u0_4 () Real)
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
 (<= l0_3 x0_3))
(assert
 (<= x0_3 u0_3))
(assert
 (<= l0_4 x0_4))
(assert
 (<= x0_4 u0_4))
(assert
 (let (($x66 (or (= (ite (and (distinct l0_3 l0_3) true) -inf! l0_3) -inf!) (<= (ite (and (distinct l0_3 l0_3) true) -inf! l0_3) x0_3))))
(not $x66)))
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
(declare-fun x0_3 () Real)
(declare-fun l0_3 () Real)
(declare-fun u0_3 () Real)
(declare-fun x0_4 () Real)
(declare-fun l0_4 () Real)
(declare-fun u0_4 () Real)
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
 (<= l0_3 x0_3))
(assert
 (<= x0_3 u0_3))
(assert
 (<= l0_4 x0_4))
(assert
 (<= x0_4 u0_4))
(assert
 (let (($x69 (or (= (ite (and (distinct u0_3 u0_3) true) +inf! u0_3) +inf!) (<= x0_3 (ite (and (distinct u0_3 u0_3) true) +inf! u0_3)))))
(not $x69)))
(check-sat)
