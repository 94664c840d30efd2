; torchsmt obligation sign.interval_sound@3 (lemma, op sign, interval_sound)
; l <= x <= u -> lo <= f(x) <= hi at shapes ((3,),) (on the op's domain)
(set-info :source |torchsmt lemma sign.interval_sound@3 kind lemma|)
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
 (let ((?x32 (ite (< 0.0 x0_0) 1.0 (ite (> 0.0 x0_0) (- 1.0) 0.0))))
(let ((?x28 (- 1.0)))
(let ((?x55 (ite (> 0.0 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)) ?x28 0.0)))
(let ((?x58 (ite (< 0.0 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)) 1.0 ?x55)))
(let (($x75 (or (= ?x58 -inf!) (<= ?x58 ?x32))))
(not $x75)))))))
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
 (let ((?x28 (- 1.0)))
(let ((?x67 (ite (> 0.0 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)) ?x28 0.0)))
(let ((?x70 (ite (< 0.0 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)) 1.0 ?x67)))
(let ((?x32 (ite (< 0.0 x0_0) 1.0 (ite (> 0.0 x0_0) ?x28 0.0))))
(let (($x78 (or (= ?x70 +inf!) (<= ?x32 ?x70))))
(not $x78)))))))
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
 (let ((?x33 (ite (< 0.0 x0_1) 1.0 (ite (> 0.0 x0_1) (- 1.0) 0.0))))
(let ((?x28 (- 1.0)))
(let ((?x56 (ite (> 0.0 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)) ?x28 0.0)))
(let ((?x59 (ite (< 0.0 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)) 1.0 ?x56)))
(let (($x81 (or (= ?x59 -inf!) (<= ?x59 ?x33))))
(not $x81)))))))
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
 (let ((?x28 (- 1.0)))
(let ((?x68 (ite (> 0.0 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)) ?x28 0.0)))
(let ((?x71 (ite (< 0.0 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)) 1.0 ?x68)))
(let ((?x33 (ite (< 0.0 x0_1) 1.0 (ite (> 0.0 x0_1) ?x28 0.0))))
(let (($x84 (or (= ?x71 +inf!) (<= ?x33 ?x71))))
(not $x84)))))))
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
 (let ((?x34 (ite (< 0.0 x0_2) 1.0 (ite (> 0.0 x0_2) (- 1.0) 0.0))))
(let ((?x28 (- 1.0)))
(let ((?x57 (ite (> 0.0 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)) ?x28 0.0)))
(let ((?x60 (ite (< 0.0 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)) 1.0 ?x57)))
(let (($x87 (or (= ?x60 -inf!) (<= ?x60 ?x34))))
(not $x87)))))))
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
 (let ((?x28 (- 1.0)))
(let ((?x69 (ite (> 0.0 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)) ?x28 0.0)))
(let ((?x72 (ite (< 0.0 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)) 1.0 ?x69)))
(let ((?x34 (ite (< 0.0 x0_2) 1.0 (ite (> 0.0 x0_2) ?x28 0.0))))
(let (($x90 (or (= ?x72 +inf!) (<= ?x34 ?x72))))
(not $x90)))))))
(check-sat)
