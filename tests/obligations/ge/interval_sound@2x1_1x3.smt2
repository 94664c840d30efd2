; torchsmt obligation ge.interval_sound@2x1_1x3 (lemma, op ge, interval_sound)
; l <= x <= u -> lo <= f(x) <= hi at shapes ((2, 1), (1, 3)) (on the op's domain)
(set-info :source |torchsmt lemma ge.interval_sound@2x1_1x3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun l0_0_0 () Real)
(declare-fun u0_0_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun l0_1_0 () Real)
(declare-fun u0_1_0 () Real)
(declare-fun x1_0_0 () Real)
(declare-fun l1_0_0 () Real)
(declare-fun u1_0_0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun l1_0_1 () Real)
(declare-fun u1_0_1 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun l1_0_2 () Real)
(declare-fun u1_0_2 () Real)
(declare-fun +inf! () Real)
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
 (<= l1_0_0 x1_0_0))
(assert
 (<= x1_0_0 u1_0_0))
(assert
 (<= l1_0_1 x1_0_1))
(assert
 (<= x1_0_1 u1_0_1))
(assert
 (<= l1_0_2 x1_0_2))
(assert
 (<= x1_0_2 u1_0_2))
(assert
 (let ((?x44 (ite (>= x0_0_0 x1_0_0) 1.0 0.0)))
(let ((?x63 (ite (and (distinct u1_0_0 u1_0_0) true) +inf! u1_0_0)))
(let ((?x32 (ite (and (distinct l0_0_0 l0_0_0) true) -inf! l0_0_0)))
(let ((?x78 (ite (>= ?x32 ?x63) 1.0 0.0)))
(let (($x68 (or (= ?x78 -inf!) (<= ?x78 ?x44))))
(not $x68)))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun l0_0_0 () Real)
(declare-fun u0_0_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun l0_1_0 () Real)
(declare-fun u0_1_0 () Real)
(declare-fun x1_0_0 () Real)
(declare-fun l1_0_0 () Real)
(declare-fun u1_0_0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun l1_0_1 () Real)
(declare-fun u1_0_1 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun l1_0_2 () Real)
(declare-fun u1_0_2 () Real)
(declare-fun -inf! () Real)
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
 (<= l1_0_0 x1_0_0))
(assert
 (<= x1_0_0 u1_0_0))
(assert
 (<= l1_0_1 x1_0_1))
(assert
 (<= x1_0_1 u1_0_1))
(assert
 (<= l1_0_2 x1_0_2))
(assert
 (<= x1_0_2 u1_0_2))
(assert
 (let ((?x52 (ite (and (distinct l1_0_0 l1_0_0) true) -inf! l1_0_0)))
(let ((?x58 (ite (and (distinct u0_0_0 u0_0_0) true) +inf! u0_0_0)))
(let ((?x90 (ite (>= ?x58 ?x52) 1.0 0.0)))
(let ((?x44 (ite (>= x0_0_0 x1_0_0) 1.0 0.0)))
(let (($x71 (or (= ?x90 +inf!) (<= ?x44 ?x90))))
(not $x71)))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun l0_0_0 () Real)
(declare-fun u0_0_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun l0_1_0 () Real)
(declare-fun u0_1_0 () Real)
(declare-fun x1_0_0 () Real)
(declare-fun l1_0_0 () Real)
(declare-fun u1_0_0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun l1_0_1 () Real)
(declare-fun u1_0_1 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun l1_0_2 () Real)
(declare-fun u1_0_2 () Real)
(declare-fun +inf! () Real)
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
 (<= l1_0_0 x1_0_0))
(assert
 (<= x1_0_0 u1_0_0))
(assert
 (<= l1_0_1 x1_0_1))
(assert
 (<= x1_0_1 u1_0_1))
(assert
 (<= l1_0_2 x1_0_2))
(assert
 (<= x1_0_2 u1_0_2))
(assert
 (let ((?x45 (ite (>= x0_0_0 x1_0_1) 1.0 0.0)))
(let ((?x64 (ite (and (distinct u1_0_1 u1_0_1) true) +inf! u1_0_1)))
(let ((?x32 (ite (and (distinct l0_0_0 l0_0_0) true) -inf! l0_0_0)))
(let ((?x79 (ite (>= ?x32 ?x64) 1.0 0.0)))
(let (($x98 (or (= ?x79 -inf!) (<= ?x79 ?x45))))
(not $x98)))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun l0_0_0 () Real)
(declare-fun u0_0_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun l0_1_0 () Real)
(declare-fun u0_1_0 () Real)
(declare-fun x1_0_0 () Real)
(declare-fun l1_0_0 () Real)
(declare-fun u1_0_0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun l1_0_1 () Real)
(declare-fun u1_0_1 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun l1_0_2 () Real)
(declare-fun u1_0_2 () Real)
(declare-fun -inf! () Real)
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
 (<= l1_0_0 x1_0_0))
(assert
 (<= x1_0_0 u1_0_0))
(assert
 (<= l1_0_1 x1_0_1))
(assert
 (<= x1_0_1 u1_0_1))
(assert
 (<= l1_0_2 x1_0_2))
(assert
 (<= x1_0_2 u1_0_2))
(assert
 (let ((?x53 (ite (and (distinct l1_0_1 l1_0_1) true) -inf! l1_0_1)))
(let ((?x58 (ite (and (distinct u0_0_0 u0_0_0) true) +inf! u0_0_0)))
(let ((?x91 (ite (>= ?x58 ?x53) 1.0 0.0)))
(let ((?x45 (ite (>= x0_0_0 x1_0_1) 1.0 0.0)))
(let (($x101 (or (= ?x91 +inf!) (<= ?x45 ?x91))))
(not $x101)))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun l0_0_0 () Real)
(declare-fun u0_0_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun l0_1_0 () Real)
(declare-fun u0_1_0 () Real)
(declare-fun x1_0_0 () Real)
(declare-fun l1_0_0 () Real)
(declare-fun u1_0_0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun l1_0_1 () Real)
(declare-fun u1_0_1 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun l1_0_2 () Real)
(declare-fun u1_0_2 () Real)
(declare-fun +inf! () Real)
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
 (<= l1_0_0 x1_0_0))
(assert
 (<= x1_0_0 u1_0_0))
(assert
 (<= l1_0_1 x1_0_1))
(assert
 (<= x1_0_1 u1_0_1))
(assert
 (<= l1_0_2 x1_0_2))
(assert
 (<= x1_0_2 u1_0_2))
(assert
 (let ((?x46 (ite (>= x0_0_0 x1_0_2) 1.0 0.0)))
(let ((?x65 (ite (and (distinct u1_0_2 u1_0_2) true) +inf! u1_0_2)))
(let ((?x32 (ite (and (distinct l0_0_0 l0_0_0) true) -inf! l0_0_0)))
(let ((?x80 (ite (>= ?x32 ?x65) 1.0 0.0)))
(let (($x104 (or (= ?x80 -inf!) (<= ?x80 ?x46))))
(not $x104)))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun l0_0_0 () Real)
(declare-fun u0_0_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun l0_1_0 () Real)
(declare-fun u0_1_0 () Real)
(declare-fun x1_0_0 () Real)
(declare-fun l1_0_0 () Real)
(declare-fun u1_0_0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun l1_0_1 () Real)
(declare-fun u1_0_1 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun l1_0_2 () Real)
(declare-fun u1_0_2 () Real)
(declare-fun -inf! () Real)
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
 (<= l1_0_0 x1_0_0))
(assert
 (<= x1_0_0 u1_0_0))
(assert
 (<= l1_0_1 x1_0_1))
(assert
 (<= x1_0_1 u1_0_1))
(assert
 (<= l1_0_2 x1_0_2))
(assert
 (<= x1_0_2 u1_0_2))
(assert
 (let ((?x54 (ite (and (distinct l1_0_2 l1_0_2) true) -inf! l1_0_2)))
(let ((?x58 (ite (and (distinct u0_0_0 u0_0_0) true) +inf! u0_0_0)))
(let ((?x92 (ite (>= ?x58 ?x54) 1.0 0.0)))
(let ((?x46 (ite (>= x0_0_0 x1_0_2) 1.0 0.0)))
(let (($x107 (or (= ?x92 +inf!) (<= ?x46 ?x92))))
(not $x107)))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun l0_0_0 () Real)
(declare-fun u0_0_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun l0_1_0 () Real)
(declare-fun u0_1_0 () Real)
(declare-fun x1_0_0 () Real)
(declare-fun l1_0_0 () Real)
(declare-fun u1_0_0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun l1_0_1 () Real)
(declare-fun u1_0_1 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun l1_0_2 () Real)
(declare-fun u1_0_2 () Real)
(declare-fun +inf! () Real)
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
 (<= l1_0_0 x1_0_0))
(assert
 (<= x1_0_0 u1_0_0))
(assert
 (<= l1_0_1 x1_0_1))
(assert
 (<= x1_0_1 u1_0_1))
(assert
 (<= l1_0_2 x1_0_2))
(assert
 (<= x1_0_2 u1_0_2))
(assert
 (let ((?x47 (ite (>= x0_1_0 x1_0_0) 1.0 0.0)))
(let ((?x63 (ite (and (distinct u1_0_0 u1_0_0) true) +inf! u1_0_0)))
(let ((?x31 (ite (and (distinct l0_1_0 l0_1_0) true) -inf! l0_1_0)))
(let ((?x81 (ite (>= ?x31 ?x63) 1.0 0.0)))
(let (($x110 (or (= ?x81 -inf!) (<= ?x81 ?x47))))
(not $x110)))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun l0_0_0 () Real)
(declare-fun u0_0_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun l0_1_0 () Real)
(declare-fun u0_1_0 () Real)
(declare-fun x1_0_0 () Real)
(declare-fun l1_0_0 () Real)
(declare-fun u1_0_0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun l1_0_1 () Real)
(declare-fun u1_0_1 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun l1_0_2 () Real)
(declare-fun u1_0_2 () Real)
(declare-fun -inf! () Real)
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
 (<= l1_0_0 x1_0_0))
(assert
 (<= x1_0_0 u1_0_0))
(assert
 (<= l1_0_1 x1_0_1))
(assert
 (<= x1_0_1 u1_0_1))
(assert
 (<= l1_0_2 x1_0_2))
(assert
 (<= x1_0_2 u1_0_2))
(assert
 (let ((?x52 (ite (and (distinct l1_0_0 l1_0_0) true) -inf! l1_0_0)))
(let ((?x59 (ite (and (distinct u0_1_0 u0_1_0) true) +inf! u0_1_0)))
(let ((?x93 (ite (>= ?x59 ?x52) 1.0 0.0)))
(let ((?x47 (ite (>= x0_1_0 x1_0_0) 1.0 0.0)))
(let (($x113 (or (= ?x93 +inf!) (<= ?x47 ?x93))))
(not $x113)))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun l0_0_0 () Real)
(declare-fun u0_0_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun l0_1_0 () Real)
(declare-fun u0_1_0 () Real)
(declare-fun x1_0_0 () Real)
(declare-fun l1_0_0 () Real)
(declare-fun u1_0_0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun l1_0_1 () Real)
(declare-fun u1_0_1 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun l1_0_2 () Real)
(declare-fun u1_0_2 () Real)
(declare-fun +inf! () Real)
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
 (<= l1_0_0 x1_0_0))
(assert
 (<= x1_0_0 u1_0_0))
(assert
 (<= l1_0_1 x1_0_1))
(assert
 (<= x1_0_1 u1_0_1))
(assert
 (<= l1_0_2 x1_0_2))
(assert
 (<= x1_0_2 u1_0_2))
(assert
 (let ((?x48 (ite (>= x0_1_0 x1_0_1) 1.0 0.0)))
(let ((?x64 (ite (and (distinct u1_0_1 u1_0_1) true) +inf! u1_0_1)))
(let ((?x31 (ite (and (distinct l0_1_0 l0_1_0) true) -inf! l0_1_0)))
(let ((?x82 (ite (>= ?x31 ?x64) 1.0 0.0)))
(let (($x116 (or (= ?x82 -inf!) (<= ?x82 ?x48))))
(not $x116)))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun l0_0_0 () Real)
(declare-fun u0_0_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun l0_1_0 () Real)
(declare-fun u0_1_0 () Real)
(declare-fun x1_0_0 () Real)
(declare-fun l1_0_0 () Real)
(declare-fun u1_0_0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun l1_0_1 () Real)
(declare-fun u1_0_1 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun l1_0_2 () Real)
(declare-fun u1_0_2 () Real)
(declare-fun -inf! () Real)
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
 (<= l1_0_0 x1_0_0))
(assert
 (<= x1_0_0 u1_0_0))
(assert
 (<= l1_0_1 x1_0_1))
(assert
 (<= x1_0_1 u1_0_1))
(assert
 (<= l1_0_2 x1_0_2))
(assert
 (<= x1_0_2 u1_0_2))
(assert
 (let ((?x53 (ite (and (distinct l1_0_1 l1_0_1) true) -inf! l1_0_1)))
(let ((?x59 (ite (and (distinct u0_1_0 u0_1_0) true) +inf! u0_1_0)))
(let ((?x94 (ite (>= ?x59 ?x53) 1.0 0.0)))
(let ((?x48 (ite (>= x0_1_0 x1_0_1) 1.0 0.0)))
(let (($x119 (or (= ?x94 +inf!) (<= ?x48 ?x94))))
(not $x119)))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun l0_0_0 () Real)
(declare-fun u0_0_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun l0_1_0 () Real)
(declare-fun u0_1_0 () Real)
(declare-fun x1_0_0 () Real)
(declare-fun l1_0_0 () Real)
(declare-fun u1_0_0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun l1_0_1 () Real)
(declare-fun u1_0_1 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun l1_0_2 () Real)
(declare-fun u1_0_2 () Real)
(declare-fun +inf! () Real)
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
 (<= l1_0_0 x1_0_0))
(assert
 (<= x1_0_0 u1_0_0))
(assert
 (<= l1_0_1 x1_0_1))
(assert
 (<= x1_0_1 u1_0_1))
(assert
 (<= l1_0_2 x1_0_2))
(assert
 (<= x1_0_2 u1_0_2))
(assert
 (let ((?x49 (ite (>= x0_1_0 x1_0_2) 1.0 0.0)))
(let ((?x65 (ite (and (distinct u1_0_2 u1_0_2) true) +inf! u1_0_2)))
(let ((?x31 (ite (and (distinct l0_1_0 l0_1_0) true) -inf! l0_1_0)))
(let ((?x83 (ite (>= ?x31 ?x65) 1.0 0.0)))
(let (($x122 (or (= ?x83 -inf!) (<= ?x83 ?x49))))
(not $x122)))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun l0_0_0 () Real)
(declare-fun u0_0_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun l0_1_0 () Real)
(declare-fun u0_1_0 () Real)
(declare-fun x1_0_0 () Real)
(declare-fun l1_0_0 () Real)
(declare-fun u1_0_0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun l1_0_1 () Real)
(declare-fun u1_0_1 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun l1_0_2 () Real)
(declare-fun u1_0_2 () Real)
(declare-fun -inf! () Real)
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
 (<= l1_0_0 x1_0_0))
(assert
 (<= x1_0_0 u1_0_0))
(assert
 (<= l1_0_1 x1_0_1))
(assert
 (<= x1_0_1 u1_0_1))
(assert
 (<= l1_0_2 x1_0_2))
(assert
 (<= x1_0_2 u1_0_2))
(assert
 (let ((?x54 (ite (and (distinct l1_0_2 l1_0_2) true) -inf! l1_0_2)))
(let ((?x59 (ite (and (distinct u0_1_0 u0_1_0) true) +inf! u0_1_0)))
(let ((?x95 (ite (>= ?x59 ?x54) 1.0 0.0)))
(let ((?x49 (ite (>= x0_1_0 x1_0_2) 1.0 0.0)))
(let (($x125 (or (= ?x95 +inf!) (<= ?x49 ?x95))))
(not $x125)))))))
(check-sat)
