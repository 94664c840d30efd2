; torchsmt obligation relu.interval_sound@3 (lemma, op relu, interval_sound)
; l <= x <= u -> lo <= f(x) <= hi at shapes ((3,),) (on the op's domain)
(set-info :source |torchsmt lemma relu.interval_sound@3 kind lemma|)
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
 (let ((?x22 (ite (< 0.0 x0_0) x0_0 0.0)))
(let ((?x31 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
(let ((?x42 (ite (< 0.0 ?x31) ?x31 0.0)))
(let (($x55 (or (= ?x42 -inf!) (<= ?x42 ?x22))))
(not $x55))))))
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
 (let ((?x38 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
(let ((?x48 (ite (< 0.0 ?x38) ?x38 0.0)))
(let ((?x22 (ite (< 0.0 x0_0) x0_0 0.0)))
(let (($x58 (or (= ?x48 +inf!) (<= ?x22 ?x48))))
(not $x58))))))
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
 (let ((?x24 (ite (< 0.0 x0_1) x0_1 0.0)))
(let ((?x32 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
(let ((?x44 (ite (< 0.0 ?x32) ?x32 0.0)))
(let (($x61 (or (= ?x44 -inf!) (<= ?x44 ?x24))))
(not $x61))))))
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
 (let ((?x39 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
(let ((?x50 (ite (< 0.0 ?x39) ?x39 0.0)))
(let ((?x24 (ite (< 0.0 x0_1) x0_1 0.0)))
(let (($x64 (or (= ?x50 +inf!) (<= ?x24 ?x50))))
(not $x64))))))
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
 (let ((?x26 (ite (< 0.0 x0_2) x0_2 0.0)))
(let ((?x33 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
(let ((?x46 (ite (< 0.0 ?x33) ?x33 0.0)))
(let (($x67 (or (= ?x46 -inf!) (<= ?x46 ?x26))))
(not $x67))))))
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
 (let ((?x40 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
(let ((?x52 (ite (< 0.0 ?x40) ?x40 0.0)))
(let ((?x26 (ite (< 0.0 x0_2) x0_2 0.0)))
(let (($x70 (or (= ?x52 +inf!) (<= ?x26 ?x52))))
(not $x70))))))
(check-sat)
