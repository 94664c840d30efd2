; torchsmt obligation step.interval_sound@3 (lemma, op step, interval_sound)
; l <= x <= u -> lo <= f(x) <= hi at shapes ((3,),) (on the op's domain)
(set-info :source |torchsmt lemma step.interval_sound@3 kind lemma|)
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
 (let ((?x25 (ite (< 0.0 x0_0) 1.0 0.0)))
(let ((?x45 (ite (< 0.0 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)) 1.0 0.0)))
(let (($x56 (or (= ?x45 -inf!) (<= ?x45 ?x25))))
(not $x56)))))
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
 (let ((?x51 (ite (< 0.0 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)) 1.0 0.0)))
(let ((?x25 (ite (< 0.0 x0_0) 1.0 0.0)))
(let (($x59 (or (= ?x51 +inf!) (<= ?x25 ?x51))))
(not $x59)))))
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
 (let ((?x26 (ite (< 0.0 x0_1) 1.0 0.0)))
(let ((?x46 (ite (< 0.0 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)) 1.0 0.0)))
(let (($x62 (or (= ?x46 -inf!) (<= ?x46 ?x26))))
(not $x62)))))
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
 (let ((?x52 (ite (< 0.0 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)) 1.0 0.0)))
(let ((?x26 (ite (< 0.0 x0_1) 1.0 0.0)))
(let (($x65 (or (= ?x52 +inf!) (<= ?x26 ?x52))))
(not $x65)))))
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
 (let ((?x27 (ite (< 0.0 x0_2) 1.0 0.0)))
(let ((?x47 (ite (< 0.0 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)) 1.0 0.0)))
(let (($x68 (or (= ?x47 -inf!) (<= ?x47 ?x27))))
(not $x68)))))
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
 (let ((?x53 (ite (< 0.0 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)) 1.0 0.0)))
(let ((?x27 (ite (< 0.0 x0_2) 1.0 0.0)))
(let (($x71 (or (= ?x53 +inf!) (<= ?x27 ?x53))))
(not $x71)))))
(check-sat)
