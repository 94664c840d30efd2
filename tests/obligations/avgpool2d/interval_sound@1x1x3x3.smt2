; torchsmt obligation avgpool2d.interval_sound@1x1x3x3 (lemma, op avgpool2d, interval_sound)
; l <= x <= u -> lo <= f(x) <= hi at shapes ((1, 1, 3, 3),) (on the op's domain)
(set-info :source |torchsmt lemma avgpool2d.interval_sound@1x1x3x3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x0_0_0_0_0 () Real)
(declare-fun l0_0_0_0_0 () Real)
(declare-fun u0_0_0_0_0 () Real)
(declare-fun x0_0_0_0_1 () Real)
(declare-fun l0_0_0_0_1 () Real)
(declare-fun u0_0_0_0_1 () Real)
(declare-fun x0_0_0_0_2 () Real)
(declare-fun l0_0_0_0_2 () Real)
(declare-fun u0_0_0_0_2 () Real)
(declare-fun x0_0_0_1_0 () Real)
(declare-fun l0_0_0_1_0 () Real)
(declare-fun u0_0_0_1_0 () Real)
(declare-fun x0_0_0_1_1 () Real)
(declare-fun l0_0_0_1_1 () Real)
(declare-fun u0_0_0_1_1 () Real)
(declare-fun x0_0_0_1_2 () Real)
(declare-fun l0_0_0_1_2 () Real)
(declare-fun u0_0_0_1_2 () Real)
(declare-fun x0_0_0_2_0 () Real)
(declare-fun l0_0_0_2_0 () Real)
(declare-fun u0_0_0_2_0 () Real)
(declare-fun x0_0_0_2_1 () Real)
(declare-fun l0_0_0_2_1 () Real)
(declare-fun u0_0_0_2_1 () Real)
(declare-fun x0_0_0_2_2 () Real)
(declare-fun l0_0_0_2_2 () Real)
(declare-fun u0_0_0_2_2 () Real)
(declare-fun -inf! () Real)
(assert
 (<= l0_0_0_0_0 x0_0_0_0_0))
(assert
 (<= x0_0_0_0_0 u0_0_0_0_0))
(assert
 (<= l0_0_0_0_1 x0_0_0_0_1))
(assert
 (<= x0_0_0_0_1 u0_0_0_0_1))
(assert
 (<= l0_0_0_0_2 x0_0_0_0_2))
(assert
 (<= x0_0_0_0_2 u0_0_0_0_2))
(assert
 (<= l0_0_0_1_0 x0_0_0_1_0))
(assert
 (<= x0_0_0_1_0 u0_0_0_1_0))
(assert
 (<= l0_0_0_1_1 x0_0_0_1_1))
(assert
 (<= x0_0_0_1_1 u0_0_0_1_1))
(assert
 (<= l0_0_0_1_2 x0_0_0_1_2))
(assert
 (<= x0_0_0_1_2 u0_0_0_1_2))
(assert
 (<= l0_0_0_2_0 x0_0_0_2_0))
(assert
 (<= x0_0_0_2_0 u0_0_0_2_0))
(assert
 (<= l0_0_0_2_1 x0_0_0_2_1))
(assert
 (<= x0_0_0_2_1 u0_0_0_2_1))
(assert
 (<= l0_0_0_2_2 x0_0_0_2_2))
(assert
 (<= x0_0_0_2_2 u0_0_0_2_2))
(assert
 (let ((?x59 (* (+ x0_0_0_0_0 x0_0_0_0_1 x0_0_0_1_0 x0_0_0_1_1) (/ 1.0 4.0))))
(let ((?x77 (ite (and (distinct l0_0_0_1_1 l0_0_0_1_1) true) -inf! l0_0_0_1_1)))
(let ((?x76 (ite (and (distinct l0_0_0_1_0 l0_0_0_1_0) true) -inf! l0_0_0_1_0)))
(let ((?x74 (ite (and (distinct l0_0_0_0_1 l0_0_0_0_1) true) -inf! l0_0_0_0_1)))
(let ((?x101 (+ (ite (and (distinct l0_0_0_0_0 l0_0_0_0_0) true) -inf! l0_0_0_0_0) ?x74 ?x76 ?x77)))
(let ((?x105 (* ?x101 (/ 1.0 4.0))))
(let (($x119 (or (= ?x105 -inf!) (<= ?x105 ?x59))))
(not $x119)))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0_0_0 () Real)
(declare-fun l0_0_0_0_0 () Real)
(declare-fun u0_0_0_0_0 () Real)
(declare-fun x0_0_0_0_1 () Real)
(declare-fun l0_0_0_0_1 () Real)
(declare-fun u0_0_0_0_1 () Real)
(declare-fun x0_0_0_0_2 () Real)
(declare-fun l0_0_0_0_2 () Real)
(declare-fun u0_0_0_0_2 () Real)
(declare-fun x0_0_0_1_0 () Real)
(declare-fun l0_0_0_1_0 () Real)
(declare-fun u0_0_0_1_0 () Real)
(declare-fun x0_0_0_1_1 () Real)
(declare-fun l0_0_0_1_1 () Real)
(declare-fun u0_0_0_1_1 () Real)
(declare-fun x0_0_0_1_2 () Real)
(declare-fun l0_0_0_1_2 () Real)
(declare-fun u0_0_0_1_2 () Real)
(declare-fun x0_0_0_2_0 () Real)
(declare-fun l0_0_0_2_0 () Real)
(declare-fun u0_0_0_2_0 () Real)
(declare-fun x0_0_0_2_1 () Real)
(declare-fun l0_0_0_2_1 () Real)
(declare-fun u0_0_0_2_1 () Real)
(declare-fun x0_0_0_2_2 () Real)
(declare-fun l0_0_0_2_2 () Real)
(declare-fun u0_0_0_2_2 () Real)
(declare-fun +inf! () Real)
(assert
 (<= l0_0_0_0_0 x0_0_0_0_0))
(assert
 (<= x0_0_0_0_0 u0_0_0_0_0))
(assert
 (<= l0_0_0_0_1 x0_0_0_0_1))
(assert
 (<= x0_0_0_0_1 u0_0_0_0_1))
(assert
 (<= l0_0_0_0_2 x0_0_0_0_2))
(assert
 (<= x0_0_0_0_2 u0_0_0_0_2))
(assert
 (<= l0_0_0_1_0 x0_0_0_1_0))
(assert
 (<= x0_0_0_1_0 u0_0_0_1_0))
(assert
 (<= l0_0_0_1_1 x0_0_0_1_1))
(assert
 (<= x0_0_0_1_1 u0_0_0_1_1))
(assert
 (<= l0_0_0_1_2 x0_0_0_1_2))
(assert
 (<= x0_0_0_1_2 u0_0_0_1_2))
(assert
 (<= l0_0_0_2_0 x0_0_0_2_0))
(assert
 (<= x0_0_0_2_0 u0_0_0_2_0))
(assert
 (<= l0_0_0_2_1 x0_0_0_2_1))
(assert
 (<= x0_0_0_2_1 u0_0_0_2_1))
(assert
 (<= l0_0_0_2_2 x0_0_0_2_2))
(assert
 (<= x0_0_0_2_2 u0_0_0_2_2))
(assert
 (let ((?x96 (ite (and (distinct u0_0_0_1_1 u0_0_0_1_1) true) +inf! u0_0_0_1_1)))
(let ((?x95 (ite (and (distinct u0_0_0_1_0 u0_0_0_1_0) true) +inf! u0_0_0_1_0)))
(let ((?x93 (ite (and (distinct u0_0_0_0_1 u0_0_0_0_1) true) +inf! u0_0_0_0_1)))
(let ((?x109 (+ (ite (and (distinct u0_0_0_0_0 u0_0_0_0_0) true) +inf! u0_0_0_0_0) ?x93 ?x95 ?x96)))
(let ((?x113 (* ?x109 (/ 1.0 4.0))))
(let ((?x59 (* (+ x0_0_0_0_0 x0_0_0_0_1 x0_0_0_1_0 x0_0_0_1_1) (/ 1.0 4.0))))
(let (($x122 (or (= ?x113 +inf!) (<= ?x59 ?x113))))
(not $x122)))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0_0_0 () Real)
(declare-fun l0_0_0_0_0 () Real)
(declare-fun u0_0_0_0_0 () Real)
(declare-fun x0_0_0_0_1 () Real)
(declare-fun l0_0_0_0_1 () Real)
(declare-fun u0_0_0_0_1 () Real)
(declare-fun x0_0_0_0_2 () Real)
(declare-fun l0_0_0_0_2 () Real)
(declare-fun u0_0_0_0_2 () Real)
(declare-fun x0_0_0_1_0 () Real)
(declare-fun l0_0_0_1_0 () Real)
(declare-fun u0_0_0_1_0 () Real)
(declare-fun x0_0_0_1_1 () Real)
(declare-fun l0_0_0_1_1 () Real)
(declare-fun u0_0_0_1_1 () Real)
(declare-fun x0_0_0_1_2 () Real)
(declare-fun l0_0_0_1_2 () Real)
(declare-fun u0_0_0_1_2 () Real)
(declare-fun x0_0_0_2_0 () Real)
(declare-fun l0_0_0_2_0 () Real)
(declare-fun u0_0_0_2_0 () Real)
(declare-fun x0_0_0_2_1 () Real)
(declare-fun l0_0_0_2_1 () Real)
(declare-fun u0_0_0_2_1 () Real)
(declare-fun x0_0_0_2_2 () Real)
(declare-fun l0_0_0_2_2 () Real)
(declare-fun u0_0_0_2_2 () Real)
(declare-fun -inf! () Real)
(assert
 (<= l0_0_0_0_0 x0_0_0_0_0))
(assert
 (<= x0_0_0_0_0 u0_0_0_0_0))
(assert
 (<= l0_0_0_0_1 x0_0_0_0_1))
(assert
 (<= x0_0_0_0_1 u0_0_0_0_1))
(assert
 (<= l0_0_0_0_2 x0_0_0_0_2))
(assert
 (<= x0_0_0_0_2 u0_0_0_0_2))
(assert
 (<= l0_0_0_1_0 x0_0_0_1_0))
(assert
 (<= x0_0_0_1_0 u0_0_0_1_0))
(assert
 (<= l0_0_0_1_1 x0_0_0_1_1))
(assert
 (<= x0_0_0_1_1 u0_0_0_1_1))
(assert
 (<= l0_0_0_1_2 x0_0_0_1_2))
(assert
 (<= x0_0_0_1_2 u0_0_0_1_2))
(assert
 (<= l0_0_0_2_0 x0_0_0_2_0))
(assert
 (<= x0_0_0_2_0 u0_0_0_2_0))
(assert
 (<= l0_0_0_2_1 x0_0_0_2_1))
(assert
 (<= x0_0_0_2_1 u0_0_0_2_1))
(assert
 (<= l0_0_0_2_2 x0_0_0_2_2))
(assert
 (<= x0_0_0_2_2 u0_0_0_2_2))
(assert
 (let ((?x60 (* (+ x0_0_0_0_1 x0_0_0_0_2 x0_0_0_1_1 x0_0_0_1_2) (/ 1.0 4.0))))
(let ((?x78 (ite (and (distinct l0_0_0_1_2 l0_0_0_1_2) true) -inf! l0_0_0_1_2)))
(let ((?x77 (ite (and (distinct l0_0_0_1_1 l0_0_0_1_1) true) -inf! l0_0_0_1_1)))
(let ((?x74 (ite (and (distinct l0_0_0_0_1 l0_0_0_0_1) true) -inf! l0_0_0_0_1)))
(let ((?x102 (+ ?x74 (ite (and (distinct l0_0_0_0_2 l0_0_0_0_2) true) -inf! l0_0_0_0_2) ?x77 ?x78)))
(let ((?x106 (* ?x102 (/ 1.0 4.0))))
(let (($x125 (or (= ?x106 -inf!) (<= ?x106 ?x60))))
(not $x125)))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0_0_0 () Real)
(declare-fun l0_0_0_0_0 () Real)
(declare-fun u0_0_0_0_0 () Real)
(declare-fun x0_0_0_0_1 () Real)
(declare-fun l0_0_0_0_1 () Real)
(declare-fun u0_0_0_0_1 () Real)
(declare-fun x0_0_0_0_2 () Real)
(declare-fun l0_0_0_0_2 () Real)
(declare-fun u0_0_0_0_2 () Real)
(declare-fun x0_0_0_1_0 () Real)
(declare-fun l0_0_0_1_0 () Real)
(declare-fun u0_0_0_1_0 () Real)
(declare-fun x0_0_0_1_1 () Real)
(declare-fun l0_0_0_1_1 () Real)
(declare-fun u0_0_0_1_1 () Real)
(declare-fun x0_0_0_1_2 () Real)
(declare-fun l0_0_0_1_2 () Real)
(declare-fun u0_0_0_1_2 () Real)
(declare-fun x0_0_0_2_0 () Real)
(declare-fun l0_0_0_2_0 () Real)
(declare-fun u0_0_0_2_0 () Real)
(declare-fun x0_0_0_2_1 () Real)
(declare-fun l0_0_0_2_1 () Real)
(declare-fun u0_0_0_2_1 () Real)
(declare-fun x0_0_0_2_2 () Real)
(declare-fun l0_0_0_2_2 () Real)
(declare-fun u0_0_0_2_2 () Real)
(declare-fun +inf! () Real)
(assert
 (<= l0_0_0_0_0 x0_0_0_0_0))
(assert
 (<= x0_0_0_0_0 u0_0_0_0_0))
(assert
 (<= l0_0_0_0_1 x0_0_0_0_1))
(assert
 (<= x0_0_0_0_1 u0_0_0_0_1))
(assert
 (<= l0_0_0_0_2 x0_0_0_0_2))
(assert
 (<= x0_0_0_0_2 u0_0_0_0_2))
(assert
 (<= l0_0_0_1_0 x0_0_0_1_0))
(assert
 (<= x0_0_0_1_0 u0_0_0_1_0))
(assert
 (<= l0_0_0_1_1 x0_0_0_1_1))
(assert
 (<= x0_0_0_1_1 u0_0_0_1_1))
(assert
 (<= l0_0_0_1_2 x0_0_0_1_2))
(assert
 (<= x0_0_0_1_2 u0_0_0_1_2))
(assert
 (<= l0_0_0_2_0 x0_0_0_2_0))
(assert
 (<= x0_0_0_2_0 u0_0_0_2_0))
(assert
 (<= l0_0_0_2_1 x0_0_0_2_1))
(assert
 (<= x0_0_0_2_1 u0_0_0_2_1))
(assert
 (<= l0_0_0_2_2 x0_0_0_2_2))
(assert
 (<= x0_0_0_2_2 u0_0_0_2_2))
(assert
 (let ((?x97 (ite (and (distinct u0_0_0_1_2 u0_0_0_1_2) true) +inf! u0_0_0_1_2)))
(let ((?x96 (ite (and (distinct u0_0_0_1_1 u0_0_0_1_1) true) +inf! u0_0_0_1_1)))
(let ((?x93 (ite (and (distinct u0_0_0_0_1 u0_0_0_0_1) true) +inf! u0_0_0_0_1)))
(let ((?x110 (+ ?x93 (ite (and (distinct u0_0_0_0_2 u0_0_0_0_2) true) +inf! u0_0_0_0_2) ?x96 ?x97)))
(let ((?x114 (* ?x110 (/ 1.0 4.0))))
(let ((?x60 (* (+ x0_0_0_0_1 x0_0_0_0_2 x0_0_0_1_1 x0_0_0_1_2) (/ 1.0 4.0))))
(let (($x128 (or (= ?x114 +inf!) (<= ?x60 ?x114))))
(not $x128)))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0_0_0 () Real)
(declare-fun l0_0_0_0_0 () Real)
(declare-fun u0_0_0_0_0 () Real)
(declare-fun x0_0_0_0_1 () Real)
(declare-fun l0_0_0_0_1 () Real)
(declare-fun u0_0_0_0_1 () Real)
(declare-fun x0_0_0_0_2 () Real)
(declare-fun l0_0_0_0_2 () Real)
(declare-fun u0_0_0_0_2 () Real)
(declare-fun x0_0_0_1_0 () Real)
(declare-fun l0_0_0_1_0 () Real)
(declare-fun u0_0_0_1_0 () Real)
(declare-fun x0_0_0_1_1 () Real)
(declare-fun l0_0_0_1_1 () Real)
(declare-fun u0_0_0_1_1 () Real)
(declare-fun x0_0_0_1_2 () Real)
(declare-fun l0_0_0_1_2 () Real)
(declare-fun u0_0_0_1_2 () Real)
(declare-fun x0_0_0_2_0 () Real)
(declare-fun l0_0_0_2_0 () Real)
(declare-fun u0_0_0_2_0 () Real)
(declare-fun x0_0_0_2_1 () Real)
(declare-fun l0_0_0_2_1 () Real)
(declare-fun u0_0_0_2_1 () Real)
(declare-fun x0_0_0_2_2 () Real)
(declare-fun l0_0_0_2_2 () Real)
(declare-fun u0_0_0_2_2 () Real)
(declare-fun -inf! () Real)
(assert
 (<= l0_0_0_0_0 x0_0_0_0_0))
(assert
 (<= x0_0_0_0_0 u0_0_0_0_0))
(assert
 (<= l0_0_0_0_1 x0_0_0_0_1))
(assert
 (<= x0_0_0_0_1 u0_0_0_0_1))
(assert
 (<= l0_0_0_0_2 x0_0_0_0_2))
(assert
 (<= x0_0_0_0_2 u0_0_0_0_2))
(assert
 (<= l0_0_0_1_0 x0_0_0_1_0))
(assert
 (<= x0_0_0_1_0 u0_0_0_1_0))
(assert
 (<= l0_0_0_1_1 x0_0_0_1_1))
(assert
 (<= x0_0_0_1_1 u0_0_0_1_1))
(assert
 (<= l0_0_0_1_2 x0_0_0_1_2))
(assert
 (<= x0_0_0_1_2 u0_0_0_1_2))
(assert
 (<= l0_0_0_2_0 x0_0_0_2_0))
(assert
 (<= x0_0_0_2_0 u0_0_0_2_0))
(assert
 (<= l0_0_0_2_1 x0_0_0_2_1))
(assert
 (<= x0_0_0_2_1 u0_0_0_2_1))
(assert
 (<= l0_0_0_2_2 x0_0_0_2_2))
(assert
 (<= x0_0_0_2_2 u0_0_0_2_2))
(assert
 (let ((?x61 (* (+ x0_0_0_1_0 x0_0_0_1_1 x0_0_0_2_0 x0_0_0_2_1) (/ 1.0 4.0))))
(let ((?x80 (ite (and (distinct l0_0_0_2_1 l0_0_0_2_1) true) -inf! l0_0_0_2_1)))
(let ((?x77 (ite (and (distinct l0_0_0_1_1 l0_0_0_1_1) true) -inf! l0_0_0_1_1)))
(let ((?x76 (ite (and (distinct l0_0_0_1_0 l0_0_0_1_0) true) -inf! l0_0_0_1_0)))
(let ((?x103 (+ ?x76 ?x77 (ite (and (distinct l0_0_0_2_0 l0_0_0_2_0) true) -inf! l0_0_0_2_0) ?x80)))
(let ((?x107 (* ?x103 (/ 1.0 4.0))))
(let (($x131 (or (= ?x107 -inf!) (<= ?x107 ?x61))))
(not $x131)))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0_0_0 () Real)
(declare-fun l0_0_0_0_0 () Real)
(declare-fun u0_0_0_0_0 () Real)
(declare-fun x0_0_0_0_1 () Real)
(declare-fun l0_0_0_0_1 () Real)
(declare-fun u0_0_0_0_1 () Real)
(declare-fun x0_0_0_0_2 () Real)
(declare-fun l0_0_0_0_2 () Real)
(declare-fun u0_0_0_0_2 () Real)
(declare-fun x0_0_0_1_0 () Real)
(declare-fun l0_0_0_1_0 () Real)
(declare-fun u0_0_0_1_0 () Real)
(declare-fun x0_0_0_1_1 () Real)
(declare-fun l0_0_0_1_1 () Real)
(declare-fun u0_0_0_1_1 () Real)
(declare-fun x0_0_0_1_2 () Real)
(declare-fun l0_0_0_1_2 () Real)
(declare-fun u0_0_0_1_2 () Real)
(declare-fun x0_0_0_2_0 () Real)
(declare-fun l0_0_0_2_0 () Real)
(declare-fun u0_0_0_2_0 () Real)
(declare-fun x0_0_0_2_1 () Real)
(declare-fun l0_0_0_2_1 () Real)
(declare-fun u0_0_0_2_1 () Real)
(declare-fun x0_0_0_2_2 () Real)
(declare-fun l0_0_0_2_2 () Real)
(declare-fun u0_0_0_2_2 () Real)
(declare-fun +inf! () Real)
(assert
 (<= l0_0_0_0_0 x0_0_0_0_0))
(assert
 (<= x0_0_0_0_0 u0_0_0_0_0))
(assert
 (<= l0_0_0_0_1 x0_0_0_0_1))
(assert
 (<= x0_0_0_0_1 u0_0_0_0_1))
(assert
 (<= l0_0_0_0_2 x0_0_0_0_2))
(assert
 (<= x0_0_0_0_2 u0_0_0_0_2))
(assert
 (<= l0_0_0_1_0 x0_0_0_1_0))
(assert
 (<= x0_0_0_1_0 u0_0_0_1_0))
(assert
 (<= l0_0_0_1_1 x0_0_0_1_1))
(assert
 (<= x0_0_0_1_1 u0_0_0_1_1))
(assert
 (<= l0_0_0_1_2 x0_0_0_1_2))
(assert
 (<= x0_0_0_1_2 u0_0_0_1_2))
(assert
 (<= l0_0_0_2_0 x0_0_0_2_0))
(assert
 (<= x0_0_0_2_0 u0_0_0_2_0))
(assert
 (<= l0_0_0_2_1 x0_0_0_2_1))
(assert
 (<= x0_0_0_2_1 u0_0_0_2_1))
(assert
 (<= l0_0_0_2_2 x0_0_0_2_2))
(assert
 (<= x0_0_0_2_2 u0_0_0_2_2))
(assert
 (let ((?x99 (ite (and (distinct u0_0_0_2_1 u0_0_0_2_1) true) +inf! u0_0_0_2_1)))
(let ((?x96 (ite (and (distinct u0_0_0_1_1 u0_0_0_1_1) true) +inf! u0_0_0_1_1)))
(let ((?x95 (ite (and (distinct u0_0_0_1_0 u0_0_0_1_0) true) +inf! u0_0_0_1_0)))
(let ((?x111 (+ ?x95 ?x96 (ite (and (distinct u0_0_0_2_0 u0_0_0_2_0) true) +inf! u0_0_0_2_0) ?x99)))
(let ((?x115 (* ?x111 (/ 1.0 4.0))))
(let ((?x61 (* (+ x0_0_0_1_0 x0_0_0_1_1 x0_0_0_2_0 x0_0_0_2_1) (/ 1.0 4.0))))
(let (($x134 (or (= ?x115 +inf!) (<= ?x61 ?x115))))
(not $x134)))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0_0_0 () Real)
(declare-fun l0_0_0_0_0 () Real)
(declare-fun u0_0_0_0_0 () Real)
(declare-fun x0_0_0_0_1 () Real)
(declare-fun l0_0_0_0_1 () Real)
(declare-fun u0_0_0_0_1 () Real)
(declare-fun x0_0_0_0_2 () Real)
(declare-fun l0_0_0_0_2 () Real)
(declare-fun u0_0_0_0_2 () Real)
(declare-fun x0_0_0_1_0 () Real)
(declare-fun l0_0_0_1_0 () Real)
(declare-fun u0_0_0_1_0 () Real)
(declare-fun x0_0_0_1_1 () Real)
(declare-fun l0_0_0_1_1 () Real)
(declare-fun u0_0_0_1_1 () Real)
(declare-fun x0_0_0_1_2 () Real)
(declare-fun l0_0_0_1_2 () Real)
(declare-fun u0_0_0_1_2 () Real)
(declare-fun x0_0_0_2_0 () Real)
(declare-fun l0_0_0_2_0 () Real)
(declare-fun u0_0_0_2_0 () Real)
(declare-fun x0_0_0_2_1 () Real)
(declare-fun l0_0_0_2_1 () Real)
(declare-fun u0_0_0_2_1 () Real)
(declare-fun x0_0_0_2_2 () Real)
(declare-fun l0_0_0_2_2 () Real)
(declare-fun u0_0_0_2_2 () Real)
(declare-fun -inf! () Real)
(assert
 (<= l0_0_0_0_0 x0_0_0_0_0))
(assert
 (<= x0_0_0_0_0 u0_0_0_0_0))
(assert
 (<= l0_0_0_0_1 x0_0_0_0_1))
(assert
 (<= x0_0_0_0_1 u0_0_0_0_1))
(assert
 (<= l0_0_0_0_2 x0_0_0_0_2))
(assert
 (<= x0_0_0_0_2 u0_0_0_0_2))
(assert
 (<= l0_0_0_1_0 x0_0_0_1_0))
(assert
 (<= x0_0_0_1_0 u0_0_0_1_0))
(assert
 (<= l0_0_0_1_1 x0_0_0_1_1))
(assert
 (<= x0_0_0_1_1 u0_0_0_1_1))
(assert
 (<= l0_0_0_1_2 x0_0_0_1_2))
(assert
 (<= x0_0_0_1_2 u0_0_0_1_2))
(assert
 (<= l0_0_0_2_0 x0_0_0_2_0))
(assert
 (<= x0_0_0_2_0 u0_0_0_2_0))
(assert
 (<= l0_0_0_2_1 x0_0_0_2_1))
(assert
 (<= x0_0_0_2_1 u0_0_0_2_1))
(assert
 (<= l0_0_0_2_2 x0_0_0_2_2))
(assert
 (<= x0_0_0_2_2 u0_0_0_2_2))
(assert
 (let ((?x62 (* (+ x0_0_0_1_1 x0_0_0_1_2 x0_0_0_2_1 x0_0_0_2_2) (/ 1.0 4.0))))
(let ((?x80 (ite (and (distinct l0_0_0_2_1 l0_0_0_2_1) true) -inf! l0_0_0_2_1)))
(let ((?x78 (ite (and (distinct l0_0_0_1_2 l0_0_0_1_2) true) -inf! l0_0_0_1_2)))
(let ((?x77 (ite (and (distinct l0_0_0_1_1 l0_0_0_1_1) true) -inf! l0_0_0_1_1)))
(let ((?x104 (+ ?x77 ?x78 ?x80 (ite (and (distinct l0_0_0_2_2 l0_0_0_2_2) true) -inf! l0_0_0_2_2))))
(let ((?x108 (* ?x104 (/ 1.0 4.0))))
(let (($x137 (or (= ?x108 -inf!) (<= ?x108 ?x62))))
(not $x137)))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0_0_0 () Real)
(declare-fun l0_0_0_0_0 () Real)
(declare-fun u0_0_0_0_0 () Real)
(declare-fun x0_0_0_0_1 () Real)
(declare-fun l0_0_0_0_1 () Real)
(declare-fun u0_0_0_0_1 () Real)
(declare-fun x0_0_0_0_2 () Real)
(declare-fun l0_0_0_0_2 () Real)
(declare-fun u0_0_0_0_2 () Real)
(declare-fun x0_0_0_1_0 () Real)
(declare-fun l0_0_0_1_0 () Real)
(declare-fun u0_0_0_1_0 () Real)
(declare-fun x0_0_0_1_1 () Real)
(declare-fun l0_0_0_1_1 () Real)
(declare-fun u0_0_0_1_1 () Real)
(declare-fun x0_0_0_1_2 () Real)
(declare-fun l0_0_0_1_2 () Real)
(declare-fun u0_0_0_1_2 () Real)
(declare-fun x0_0_0_2_0 () Real)
(declare-fun l0_0_0_2_0 () Real)
(declare-fun u0_0_0_2_0 () Real)
(declare-fun x0_0_0_2_1 () Real)
(declare-fun l0_0_0_2_1 () Real)
(declare-fun u0_0_0_2_1 () Real)
(declare-fun x0_0_0_2_2 () Real)
(declare-fun l0_0_0_2_2 () Real)
(declare-fun u0_0_0_2_2 () Real)
(declare-fun +inf! () Real)
(assert
 (<= l0_0_0_0_0 x0_0_0_0_0))
(assert
 (<= x0_0_0_0_0 u0_0_0_0_0))
(assert
 (<= l0_0_0_0_1 x0_0_0_0_1))
(assert
 (<= x0_0_0_0_1 u0_0_0_0_1))
(assert
 (<= l0_0_0_0_2 x0_0_0_0_2))
(assert
 (<= x0_0_0_0_2 u0_0_0_0_2))
(assert
 (<= l0_0_0_1_0 x0_0_0_1_0))
(assert
 (<= x0_0_0_1_0 u0_0_0_1_0))
(assert
 (<= l0_0_0_1_1 x0_0_0_1_1))
(assert
 (<= x0_0_0_1_1 u0_0_0_1_1))
(assert
 (<= l0_0_0_1_2 x0_0_0_1_2))
(assert
 (<= x0_0_0_1_2 u0_0_0_1_2))
(assert
 (<= l0_0_0_2_0 x0_0_0_2_0))
(assert
 (<= x0_0_0_2_0 u0_0_0_2_0))
(assert
 (<= l0_0_0_2_1 x0_0_0_2_1))
(assert
 (<= x0_0_0_2_1 u0_0_0_2_1))
(assert
 (<= l0_0_0_2_2 x0_0_0_2_2))
(assert
 (<= x0_0_0_2_2 u0_0_0_2_2))
(assert
 (let ((?x99 (ite (and (distinct u0_0_0_2_1 u0_0_0_2_1) true) +inf! u0_0_0_2_1)))
(let ((?x97 (ite (and (distinct u0_0_0_1_2 u0_0_0_1_2) true) +inf! u0_0_0_1_2)))
(let ((?x96 (ite (and (distinct u0_0_0_1_1 u0_0_0_1_1) true) +inf! u0_0_0_1_1)))
(let ((?x112 (+ ?x96 ?x97 ?x99 (ite (and (distinct u0_0_0_2_2 u0_0_0_2_2) true) +inf! u0_0_0_2_2))))
(let ((?x116 (* ?x112 (/ 1.0 4.0))))
(let ((?x62 (* (+ x0_0_0_1_1 x0_0_0_1_2 x0_0_0_2_1 x0_0_0_2_2) (/ 1.0 4.0))))
(let (($x140 (or (= ?x116 +inf!) (<= ?x62 ?x116))))
(not $x140)))))))))
(check-sat)
