; torchsmt obligation flatten.interval_sound@2x3 (lemma, op flatten, interval_sound)
; l <= x <= u -> lo <= f(x) <= hi at shapes ((2, 3),) (on the op's domain)
(set-info :source |torchsmt lemma flatten.interval_sound@2x3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun l0_0_0 () Real)
(declare-fun u0_0_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun l0_0_1 () Real)
(declare-fun u0_0_1 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun l0_0_2 () Real)
(declare-fun u0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun l0_1_0 () Real)
(declare-fun u0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun l0_1_1 () Real)
(declare-fun u0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun l0_1_2 () Real)
(declare-fun u0_1_2 () Real)
(declare-fun -inf! () Real)
(assert
 (<= l0_0_0 x0_0_0))
(assert
 (<= x0_0_0 u0_0_0))
(assert
 (<= l0_0_1 x0_0_1))
(assert
 (<= x0_0_1 u0_0_1))
(assert
 (<= l0_0_2 x0_0_2))
(assert
 (<= x0_0_2 u0_0_2))
(assert
 (<= l0_1_0 x0_1_0))
(assert
 (<= x0_1_0 u0_1_0))
(assert
 (<= l0_1_1 x0_1_1))
(assert
 (<= x0_1_1 u0_1_1))
(assert
 (<= l0_1_2 x0_1_2))
(assert
 (<= x0_1_2 u0_1_2))
(assert
 (let (($x63 (or (= (ite (and (distinct l0_0_0 l0_0_0) true) -inf! l0_0_0) -inf!) (<= (ite (and (distinct l0_0_0 l0_0_0) true) -inf! l0_0_0) x0_0_0))))
(not $x63)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun l0_0_0 () Real)
(declare-fun u0_0_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun l0_0_1 () Real)
(declare-fun u0_0_1 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun l0_0_2 () Real)
(declare-fun u0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun l0_1_0 () Real)
(declare-fun u0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun l0_1_1 () Real)
(declare-fun u0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun l0_1_2 () Real)
(declare-fun u0_1_2 () Real)
(declare-fun +inf! () Real)
(assert
 (<= l0_0_0 x0_0_0))
(assert
 (<= x0_0_0 u0_0_0))
(assert
 (<= l0_0_1 x0_0_1))
(assert
 (<= x0_0_1 u0_0_1))
(assert
 (<= l0_0_2 x0_0_2))
(assert
 (<= x0_0_2 u0_0_2))
(assert
 (<= l0_1_0 x0_1_0))
(assert
 (<= x0_1_0 u0_1_0))
(assert
 (<= l0_1_1 x0_1_1))
(assert
 (<= x0_1_1 u0_1_1))
(assert
 (<= l0_1_2 x0_1_2))
(assert
 (<= x0_1_2 u0_1_2))
(assert
 (let (($x66 (or (= (ite (and (distinct u0_0_0 u0_0_0) true) +inf! u0_0_0) +inf!) (<= x0_0_0 (ite (and (distinct u0_0_0 u0_0_0) true) +inf! u0_0_0)))))
(not $x66)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun l0_0_0 () Real)
(declare-fun u0_0_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun l0_0_1 () Real)
(declare-fun u0_0_1 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun l0_0_2 () Real)
(declare-fun u0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun l0_1_0 () Real)
(declare-fun u0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun l0_1_1 () Real)
(declare-fun u0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun l0_1_2 () Real)
(declare-fun u0_1_2 () Real)
(declare-fun -inf! () Real)
(assert
 (<= l0_0_0 x0_0_0))
(assert
 (<= x0_0_0 u0_0_0))
(assert
 (<= l0_0_1 x0_0_1))
(assert
 (<= x0_0_1 u0_0_1))
(assert
 (<= l0_0_2 x0_0_2))
(assert
 (<= x0_0_2 u0_0_2))
(assert
 (<= l0_1_0 x0_1_0))
(assert
 (<= x0_1_0 u0_1_0))
(assert
 (<= l0_1_1 x0_1_1))
(assert
 (<= x0_1_1 u0_1_1))
(assert
 (<= l0_1_2 x0_1_2))
(assert
 (<= x0_1_2 u0_1_2))
(assert
 (let (($x69 (or (= (ite (and (distinct l0_0_1 l0_0_1) true) -inf! l0_0_1) -inf!) (<= (ite (and (distinct l0_0_1 l0_0_1) true) -inf! l0_0_1) x0_0_1))))
(not $x69)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun l0_0_0 () Real)
(declare-fun u0_0_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun l0_0_1 () Real)
(declare-fun u0_0_1 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun l0_0_2 () Real)
(declare-fun u0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun l0_1_0 () Real)
(declare-fun u0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun l0_1_1 () Real)
(declare-fun u0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun l0_1_2 () Real)
(declare-fun u0_1_2 () Real)
(declare-fun +inf! () Real)
(assert
 (<= l0_0_0 x0_0_0))
(assert
 (<= x0_0_0 u0_0_0))
(assert
 (<= l0_0_1 x0_0_1))
(assert
 (<= x0_0_1 u0_0_1))
(assert
 (<= l0_0_2 x0_0_2))
(assert
 (<= x0_0_2 u0_0_2))
(assert
 (<= l0_1_0 x0_1_0))
(assert
 (<= x0_1_0 u0_1_0))
(assert
 (<= l0_1_1 x0_1_1))
(assert
 (<= x0_1_1 u0_1_1))
(assert
 (<= l0_1_2 x0_1_2))
(assert
 (<= x0_1_2 u0_1_2))
(assert
 (let (($x72 (or (= (ite (and (distinct u0_0_1 u0_0_1) true) +inf! u0_0_1) +inf!) (<= x0_0_1 (ite (and (distinct u0_0_1 u0_0_1) true) +inf! u0_0_1)))))
(not $x72)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun l0_0_0 () Real)
(declare-fun u0_0_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun l0_0_1 () Real)
(declare-fun u0_0_1 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun l0_0_2 () Real)
(declare-fun u0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun l0_1_0 () Real)
(declare-fun u0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun l0_1_1 () Real)
(declare-fun u0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun l0_1_2 () Real)
(declare-fun u0_1_2 () Real)
(declare-fun -inf! () Real)
(assert
 (<= l0_0_0 x0_0_0))
(assert
 (<= x0_0_0 u0_0_0))
(assert
 (<= l0_0_1 x0_0_1))
(assert
 (<= x0_0_1 u0_0_1))
(assert
 (<= l0_0_2 x0_0_2))
(assert
 (<= x0_0_2 u0_0_2))
(assert
 (<= l0_1_0 x0_1_0))
(assert
 (<= x0_1_0 u0_1_0))
(assert
 (<= l0_1_1 x0_1_1))
(assert
 (<= x0_1_1 u0_1_1))
(assert
 (<= l0_1_2 x0_1_2))
(assert
 (<= x0_1_2 u0_1_2))
(assert
 (let (($x75 (or (= (ite (and (distinct l0_0_2 l0_0_2) true) -inf! l0_0_2) -inf!) (<= (ite (and (distinct l0_0_2 l0_0_2) true) -inf! l0_0_2) x0_0_2))))
(not $x75)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun l0_0_0 () Real)
(declare-fun u0_0_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun l0_0_1 () Real)
(declare-fun u0_0_1 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun l0_0_2 () Real)
(declare-fun u0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun l0_1_0 () Real)
(declare-fun u0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun l0_1_1 () Real)
(declare-fun u0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun l0_1_2 () Real)
(declare-fun u0_1_2 () Real)
(declare-fun +inf! () Real)
(assert
 (<= l0_0_0 x0_0_0))
(assert
 (<= x0_0_0 u0_0_0))
(assert
 (<= l0_0_1 x0_0_1))
(assert
 (<= x0_0_1 u0_0_1))
(assert
 (<= l0_0_2 x0_0_2))
(assert
 (<= x0_0_2 u0_0_2))
(assert
 (<= l0_1_0 x0_1_0))
(assert
 (<= x0_1_0 u0_1_0))
(assert
 (<= l0_1_1 x0_1_1))
(assert
 (<= x0_1_1 u0_1_1))
(assert
 (<= l0_1_2 x0_1_2))
(assert
 (<= x0_1_2 u0_1_2))
(assert
 (let (($x78 (or (= (ite (and (distinct u0_0_2 u0_0_2) true) +inf! u0_0_2) +inf!) (<= x0_0_2 (ite (and (distinct u0_0_2 u0_0_2) true) +inf! u0_0_2)))))
(not $x78)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun l0_0_0 () Real)
(declare-fun u0_0_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun l0_0_1 () Real)
(declare-fun u0_0_1 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun l0_0_2 () Real)
(declare-fun u0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun l0_1_0 () Real)
(declare-fun u0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun l0_1_1 () Real)
(declare-fun u0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun l0_1_2 () Real)
(declare-fun u0_1_2 () Real)
(declare-fun -inf! () Real)
(assert
 (<= l0_0_0 x0_0_0))
(assert
 (<= x0_0_0 u0_0_0))
(assert
 (<= l0_0_1 x0_0_1))
(assert
 (<= x0_0_1 u0_0_1))
(assert
 (<= l0_0_2 x0_0_2))
(assert
 (<= x0_0_2 u0_0_2))
(assert
 (<= l0_1_0 x0_1_0))
(assert
 (<= x0_1_0 u0_1_0))
(assert
 (<= l0_1_1 x0_1_1))
(assert
 (<= x0_1_1 u0_1_1))
(assert
 (<= l0_1_2 x0_1_2))
(assert
 (<= x0_1_2 u0_1_2))
(assert
 (let (($x81 (or (= (ite (and (distinct l0_1_0 l0_1_0) true) -inf! l0_1_0) -inf!) (<= (ite (and (distinct l0_1_0 l0_1_0) true) -inf! l0_1_0) x0_1_0))))
(not $x81)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun l0_0_0 () Real)
(declare-fun u0_0_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun l0_0_1 () Real)
(declare-fun u0_0_1 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun l0_0_2 () Real)
(declare-fun u0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun l0_1_0 () Real)
(declare-fun u0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun l0_1_1 () Real)
(declare-fun u0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun l0_1_2 () Real)
(declare-fun u0_1_2 () Real)
(declare-fun +inf! () Real)
(assert
 (<= l0_0_0 x0_0_0))
(assert
 (<= x0_0_0 u0_0_0))
(assert
 (<= l0_0_1 x0_0_1))
(assert
 (<= x0_0_1 u0_0_1))
(assert
 (<= l0_0_2 x0_0_2))
(assert
 (<= x0_0_2 u0_0_2))
(assert
 (<= l0_1_0 x0_1_0))
(assert
 (<= x0_1_0 u0_1_0))
(assert
 (<= l0_1_1 x0_1_1))
(assert
 (<= x0_1_1 u0_1_1))
(assert
 (<= l0_1_2 x0_1_2))
(assert
 (<= x0_1_2 u0_1_2))
(assert
 (let (($x84 (or (= (ite (and (distinct u0_1_0 u0_1_0) true) +inf! u0_1_0) +inf!) (<= x0_1_0 (ite (and (distinct u0_1_0 u0_1_0) true) +inf! u0_1_0)))))
(not $x84)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun l0_0_0 () Real)
(declare-fun u0_0_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun l0_0_1 () Real)
(declare-fun u0_0_1 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun l0_0_2 () Real)
(declare-fun u0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun l0_1_0 () Real)
(declare-fun u0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun l0_1_1 () Real)
(declare-fun u0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun l0_1_2 () Real)
(declare-fun u0_1_2 () Real)
(declare-fun -inf! () Real)
(assert
 (<= l0_0_0 x0_0_0))
(assert
 (<= x0_0_0 u0_0_0))
(assert
 (<= l0_0_1 x0_0_1))
(assert
 (<= x0_0_1 u0_0_1))
(assert
 (<= l0_0_2 x0_0_2))
(assert
 (<= x0_0_2 u0_0_2))
(assert
 (<= l0_1_0 x0_1_0))
(assert
 (<= x0_1_0 u0_1_0))
(assert
 (<= l0_1_1 x0_1_1))
(assert
 (<= x0_1_1 u0_1_1))
(assert
 (<= l0_1_2 x0_1_2))
(assert
 (<= x0_1_2 u0_1_2))
(assert
 (let (($x87 (or (= (ite (and (distinct l0_1_1 l0_1_1) true) -inf! l0_1_1) -inf!) (<= (ite (and (distinct l0_1_1 l0_1_1) true) -inf! l0_1_1) x0_1_1))))
(not $x87)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun l0_0_0 () Real)
(declare-fun u0_0_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun l0_0_1 () Real)
(declare-fun u0_0_1 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun l0_0_2 () Real)
(declare-fun u0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun l0_1_0 () Real)
(declare-fun u0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun l0_1_1 () Real)
(declare-fun u0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun l0_1_2 () Real)
(declare-fun u0_1_2 () Real)
(declare-fun +inf! () Real)
(assert
 (<= l0_0_0 x0_0_0))
(assert
 (<= x0_0_0 u0_0_0))
(assert
 (<= l0_0_1 x0_0_1))
(assert
 (<= x0_0_1 u0_0_1))
(assert
 (<= l0_0_2 x0_0_2))
(assert
 (<= x0_0_2 u0_0_2))
(assert
 (<= l0_1_0 x0_1_0))
(assert
 (<= x0_1_0 u0_1_0))
(assert
 (<= l0_1_1 x0_1_1))
(assert
 (<= x0_1_1 u0_1_1))
(assert
 (<= l0_1_2 x0_1_2))
(assert
 (<= x0_1_2 u0_1_2))
(assert
 (let (($x90 (or (= (ite (and (distinct u0_1_1 u0_1_1) true) +inf! u0_1_1) +inf!) (<= x0_1_1 (ite (and (distinct u0_1_1 u0_1_1) true) +inf! u0_1_1)))))
(not $x90)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun l0_0_0 () Real)
(declare-fun u0_0_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun l0_0_1 () Real)
(declare-fun u0_0_1 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun l0_0_2 () Real)
(declare-fun u0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun l0_1_0 () Real)
(declare-fun u0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun l0_1_1 () Real)
(declare-fun u0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun l0_1_2 () Real)
(declare-fun u0_1_2 () Real)
(declare-fun -inf! () Real)
(assert
 (<= l0_0_0 x0_0_0))
(assert
 (<= x0_0_0 u0_0_0))
(assert
 (<= l0_0_1 x0_0_1))
(assert
 (<= x0_0_1 u0_0_1))
(assert
 (<= l0_0_2 x0_0_2))
(assert
 (<= x0_0_2 u0_0_2))
(assert
 (<= l0_1_0 x0_1_0))
(assert
 (<= x0_1_0 u0_1_0))
(assert
 (<= l0_1_1 x0_1_1))
(assert
 (<= x0_1_1 u0_1_1))
(assert
 (<= l0_1_2 x0_1_2))
(assert
 (<= x0_1_2 u0_1_2))
(assert
 (let (($x93 (or (= (ite (and (distinct l0_1_2 l0_1_2) true) -inf! l0_1_2) -inf!) (<= (ite (and (distinct l0_1_2 l0_1_2) true) -inf! l0_1_2) x0_1_2))))
(not $x93)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun l0_0_0 () Real)
(declare-fun u0_0_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun l0_0_1 () Real)
(declare-fun u0_0_1 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun l0_0_2 () Real)
(declare-fun u0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun l0_1_0 () Real)
(declare-fun u0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun l0_1_1 () Real)
(declare-fun u0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun l0_1_2 () Real)
(declare-fun u0_1_2 () Real)
(declare-fun +inf! () Real)
(assert
 (<= l0_0_0 x0_0_0))
(assert
 (<= x0_0_0 u0_0_0))
(assert
 (<= l0_0_1 x0_0_1))
(assert
 (<= x0_0_1 u0_0_1))
(assert
 (<= l0_0_2 x0_0_2))
(assert
 (<= x0_0_2 u0_0_2))
(assert
 (<= l0_1_0 x0_1_0))
(assert
 (<= x0_1_0 u0_1_0))
(assert
 (<= l0_1_1 x0_1_1))
(assert
 (<= x0_1_1 u0_1_1))
(assert
 (<= l0_1_2 x0_1_2))
(assert
 (<= x0_1_2 u0_1_2))
(assert
 (let (($x96 (or (= (ite (and (distinct u0_1_2 u0_1_2) true) +inf! u0_1_2) +inf!) (<= x0_1_2 (ite (and (distinct u0_1_2 u0_1_2) true) +inf! u0_1_2)))))
(not $x96)))
(check-sat)
