; torchsmt obligation broadcast.interval_sound@2x1 (lemma, op broadcast, interval_sound)
; l <= x <= u -> lo <= f(x) <= hi at shapes ((2, 1),) (on the op's domain)
(set-info :source |torchsmt lemma broadcast.interval_sound@2x1 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun l0_0_0 () Real)
(declare-fun u0_0_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun l0_1_0 () Real)
(declare-fun u0_1_0 () Real)
(declare-fun -inf! () Real)
(assert
 (<= l0_0_0 x0_0_0))
(assert
 (<= x0_0_0 u0_0_0))
(assert
 (<= l0_1_0 x0_1_0))
(assert
 (<= x0_1_0 u0_1_0))
(assert
 (let (($x27 (or (= (ite (and (distinct l0_0_0 l0_0_0) true) -inf! l0_0_0) -inf!) (<= (ite (and (distinct l0_0_0 l0_0_0) true) -inf! l0_0_0) x0_0_0))))
(not $x27)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun l0_0_0 () Real)
(declare-fun u0_0_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun l0_1_0 () Real)
(declare-fun u0_1_0 () Real)
(declare-fun +inf! () Real)
(assert
 (<= l0_0_0 x0_0_0))
(assert
 (<= x0_0_0 u0_0_0))
(assert
 (<= l0_1_0 x0_1_0))
(assert
 (<= x0_1_0 u0_1_0))
(assert
 (let (($x30 (or (= (ite (and (distinct u0_0_0 u0_0_0) true) +inf! u0_0_0) +inf!) (<= x0_0_0 (ite (and (distinct u0_0_0 u0_0_0) true) +inf! u0_0_0)))))
(not $x30)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun l0_0_0 () Real)
(declare-fun u0_0_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun l0_1_0 () Real)
(declare-fun u0_1_0 () Real)
(declare-fun -inf! () Real)
(assert
 (<= l0_0_0 x0_0_0))
(assert
 (<= x0_0_0 u0_0_0))
(assert
 (<= l0_1_0 x0_1_0))
(assert
 (<= x0_1_0 u0_1_0))
(assert
 (let (($x27 (or (= (ite (and (distinct l0_0_0 l0_0_0) true) -inf! l0_0_0) -inf!) (<= (ite (and (distinct l0_0_0 l0_0_0) true) -inf! l0_0_0) x0_0_0))))
(not $x27)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun l0_0_0 () Real)
(declare-fun u0_0_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun l0_1_0 () Real)
(declare-fun u0_1_0 () Real)
(declare-fun +inf! () Real)
(assert
 (<= l0_0_0 x0_0_0))
(assert
 (<= x0_0_0 u0_0_0))
(assert
 (<= l0_1_0 x0_1_0))
(assert
 (<= x0_1_0 u0_1_0))
(assert
 (let (($x30 (or (= (ite (and (distinct u0_0_0 u0_0_0) true) +inf! u0_0_0) +inf!) (<= x0_0_0 (ite (and (distinct u0_0_0 u0_0_0) true) +inf! u0_0_0)))))
(not $x30)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun l0_0_0 () Real)
(declare-fun u0_0_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun l0_1_0 () Real)
(declare-fun u0_1_0 () Real)
(declare-fun -inf! () Real)
(assert
 (<= l0_0_0 x0_0_0))
(assert
 (<= x0_0_0 u0_0_0))
(assert
 (<= l0_1_0 x0_1_0))
(assert
 (<= x0_1_0 u0_1_0))
(assert
 (let (($x27 (or (= (ite (and (distinct l0_0_0 l0_0_0) true) -inf! l0_0_0) -inf!) (<= (ite (and (distinct l0_0_0 l0_0_0) true) -inf! l0_0_0) x0_0_0))))
(not $x27)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun l0_0_0 () Real)
(declare-fun u0_0_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun l0_1_0 () Real)
(declare-fun u0_1_0 () Real)
(declare-fun +inf! () Real)
(assert
 (<= l0_0_0 x0_0_0))
(assert
 (<= x0_0_0 u0_0_0))
(assert
 (<= l0_1_0 x0_1_0))
(assert
 (<= x0_1_0 u0_1_0))
(assert
 (let (($x30 (or (= (ite (and (distinct u0_0_0 u0_0_0) true) +inf! u0_0_0) +inf!) (<= x0_0_0 (ite (and (distinct u0_0_0 u0_0_0) true) +inf! u0_0_0)))))
(not $x30)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun l0_0_0 () Real)
(declare-fun u0_0_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun l0_1_0 () Real)
(declare-fun u0_1_0 () Real)
(declare-fun -inf! () Real)
(assert
 (<= l0_0_0 x0_0_0))
(assert
 (<= x0_0_0 u0_0_0))
(assert
 (<= l0_1_0 x0_1_0))
(assert
 (<= x0_1_0 u0_1_0))
(assert
 (let (($x33 (or (= (ite (and (distinct l0_1_0 l0_1_0) true) -inf! l0_1_0) -inf!) (<= (ite (and (distinct l0_1_0 l0_1_0) true) -inf! l0_1_0) x0_1_0))))
(not $x33)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun l0_0_0 () Real)
(declare-fun u0_0_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun l0_1_0 () Real)
(declare-fun u0_1_0 () Real)
(declare-fun +inf! () Real)
(assert
 (<= l0_0_0 x0_0_0))
(assert
 (<= x0_0_0 u0_0_0))
(assert
 (<= l0_1_0 x0_1_0))
(assert
 (<= x0_1_0 u0_1_0))
(assert
 (let (($x36 (or (= (ite (and (distinct u0_1_0 u0_1_0) true) +inf! u0_1_0) +inf!) (<= x0_1_0 (ite (and (distinct u0_1_0 u0_1_0) true) +inf! u0_1_0)))))
(not $x36)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun l0_0_0 () Real)
(declare-fun u0_0_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun l0_1_0 () Real)
(declare-fun u0_1_0 () Real)
(declare-fun -inf! () Real)
(assert
 (<= l0_0_0 x0_0_0))
(assert
 (<= x0_0_0 u0_0_0))
(assert
 (<= l0_1_0 x0_1_0))
(assert
 (<= x0_1_0 u0_1_0))
(assert
 (let (($x33 (or (= (ite (and (distinct l0_1_0 l0_1_0) true) -inf! l0_1_0) -inf!) (<= (ite (and (distinct l0_1_0 l0_1_0) true) -inf! l0_1_0) x0_1_0))))
(not $x33)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun l0_0_0 () Real)
(declare-fun u0_0_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun l0_1_0 () Real)
(declare-fun u0_1_0 () Real)
(declare-fun +inf! () Real)
(assert
 (<= l0_0_0 x0_0_0))
(assert
 (<= x0_0_0 u0_0_0))
(assert
 (<= l0_1_0 x0_1_0))
(assert
 (<= x0_1_0 u0_1_0))
(assert
 (let (($x36 (or (= (ite (and (distinct u0_1_0 u0_1_0) true) +inf! u0_1_0) +inf!) (<= x0_1_0 (ite (and (distinct u0_1_0 u0_1_0) true) +inf! u0_1_0)))))
(not $x36)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun l0_0_0 () Real)
(declare-fun u0_0_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun l0_1_0 () Real)
(declare-fun u0_1_0 () Real)
(declare-fun -inf! () Real)
(assert
 (<= l0_0_0 x0_0_0))
(assert
 (<= x0_0_0 u0_0_0))
(assert
 (<= l0_1_0 x0_1_0))
(assert
 (<= x0_1_0 u0_1_0))
(assert
 (let (($x33 (or (= (ite (and (distinct l0_1_0 l0_1_0) true) -inf! l0_1_0) -inf!) (<= (ite (and (distinct l0_1_0 l0_1_0) true) -inf! l0_1_0) x0_1_0))))
(not $x33)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun l0_0_0 () Real)
(declare-fun u0_0_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun l0_1_0 () Real)
(declare-fun u0_1_0 () Real)
(declare-fun +inf! () Real)
(assert
 (<= l0_0_0 x0_0_0))
(assert
 (<= x0_0_0 u0_0_0))
(assert
 (<= l0_1_0 x0_1_0))
(assert
 (<= x0_1_0 u0_1_0))
(assert
 (let (($x36 (or (= (ite (and (distinct u0_1_0 u0_1_0) true) +inf! u0_1_0) +inf!) (<= x0_1_0 (ite (and (distinct u0_1_0 u0_1_0) true) +inf! u0_1_0)))))
(not $x36)))
(check-sat)
