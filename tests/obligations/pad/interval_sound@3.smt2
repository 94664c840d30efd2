; torchsmt obligation pad.interval_sound@3 (lemma, op pad, interval_sound)
; l <= x <= u -> lo <= f(x) <= hi at shapes ((3,),) (on the op's domain)
(set-info :source |torchsmt lemma pad.interval_sound@3 kind lemma|)
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
 (let (($x36 (<= 0.0 0.0)))
(let (($x37 (or (= 0.0 -inf!) $x36)))
(not $x37))))
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
 (let (($x36 (<= 0.0 0.0)))
(let (($x39 (or (= 0.0 +inf!) $x36)))
(not $x39))))
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
 (let (($x42 (or (= (ite (and (distinct l0_0 l0_0) true) -inf! l0_0) -inf!) (<= (ite (and (distinct l0_0 l0_0) true) -inf! l0_0) x0_0))))
(not $x42)))
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
 (let (($x45 (or (= (ite (and (distinct u0_0 u0_0) true) +inf! u0_0) +inf!) (<= x0_0 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))))
(not $x45)))
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
 (let (($x48 (or (= (ite (and (distinct l0_1 l0_1) true) -inf! l0_1) -inf!) (<= (ite (and (distinct l0_1 l0_1) true) -inf! l0_1) x0_1))))
(not $x48)))
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
 (let (($x51 (or (= (ite (and (distinct u0_1 u0_1) true) +inf! u0_1) +inf!) (<= x0_1 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))))
(not $x51)))
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
 (let (($x54 (or (= (ite (and (distinct l0_2 l0_2) true) -inf! l0_2) -inf!) (<= (ite (and (distinct l0_2 l0_2) true) -inf! l0_2) x0_2))))
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
 (let (($x57 (or (= (ite (and (distinct u0_2 u0_2) true) +inf! u0_2) +inf!) (<= x0_2 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))))
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
 (let (($x36 (<= 0.0 0.0)))
(let (($x37 (or (= 0.0 -inf!) $x36)))
(not $x37))))
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
 (let (($x36 (<= 0.0 0.0)))
(let (($x39 (or (= 0.0 +inf!) $x36)))
(not $x39))))
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
 (let (($x36 (<= 0.0 0.0)))
(let (($x37 (or (= 0.0 -inf!) $x36)))
(not $x37))))
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
 (let (($x36 (<= 0.0 0.0)))
(let (($x39 (or (= 0.0 +inf!) $x36)))
(not $x39))))
(check-sat)
