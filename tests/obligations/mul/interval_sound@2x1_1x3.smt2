; torchsmt obligation mul.interval_sound@2x1_1x3 (lemma, op mul, interval_sound)
; l <= x <= u -> lo <= f(x) <= hi at shapes ((2, 1), (1, 3)) (on the op's domain)
(set-info :source |torchsmt lemma mul.interval_sound@2x1_1x3 kind lemma|)
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
 (let ((?x30 (* x0_0_0 x1_0_0)))
(let ((?x107 (* u0_0_0 u1_0_0)))
(let ((?x113 (ite (or (= 0.0 u0_0_0) (= 0.0 u1_0_0)) 0.0 ?x107)))
(let ((?x95 (ite (or (= 0.0 u0_0_0) (= 0.0 l1_0_0)) 0.0 (* u0_0_0 l1_0_0))))
(let ((?x132 (ite (< ?x95 ?x113) ?x95 ?x113)))
(let ((?x69 (* l0_0_0 u1_0_0)))
(let ((?x75 (ite (or (= 0.0 l0_0_0) (= 0.0 u1_0_0)) 0.0 ?x69)))
(let ((?x48 (* l0_0_0 l1_0_0)))
(let ((?x54 (ite (or (= 0.0 l0_0_0) (= 0.0 l1_0_0)) 0.0 ?x48)))
(let ((?x120 (ite (< ?x54 ?x75) ?x54 ?x75)))
(let ((?x144 (ite (< ?x120 ?x132) ?x120 ?x132)))
(let (($x195 (or (= ?x144 -inf!) (<= ?x144 ?x30))))
(not $x195))))))))))))))
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
 (let ((?x107 (* u0_0_0 u1_0_0)))
(let ((?x113 (ite (or (= 0.0 u0_0_0) (= 0.0 u1_0_0)) 0.0 ?x107)))
(let ((?x95 (ite (or (= 0.0 u0_0_0) (= 0.0 l1_0_0)) 0.0 (* u0_0_0 l1_0_0))))
(let ((?x168 (ite (> ?x95 ?x113) ?x95 ?x113)))
(let ((?x69 (* l0_0_0 u1_0_0)))
(let ((?x75 (ite (or (= 0.0 l0_0_0) (= 0.0 u1_0_0)) 0.0 ?x69)))
(let ((?x48 (* l0_0_0 l1_0_0)))
(let ((?x54 (ite (or (= 0.0 l0_0_0) (= 0.0 l1_0_0)) 0.0 ?x48)))
(let ((?x156 (ite (> ?x54 ?x75) ?x54 ?x75)))
(let ((?x180 (ite (> ?x156 ?x168) ?x156 ?x168)))
(let ((?x30 (* x0_0_0 x1_0_0)))
(let (($x198 (or (= ?x180 +inf!) (<= ?x30 ?x180))))
(not $x198))))))))))))))
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
 (let ((?x31 (* x0_0_0 x1_0_1)))
(let ((?x108 (* u0_0_0 u1_0_1)))
(let ((?x114 (ite (or (= 0.0 u0_0_0) (= 0.0 u1_0_1)) 0.0 ?x108)))
(let ((?x96 (ite (or (= 0.0 u0_0_0) (= 0.0 l1_0_1)) 0.0 (* u0_0_0 l1_0_1))))
(let ((?x134 (ite (< ?x96 ?x114) ?x96 ?x114)))
(let ((?x70 (* l0_0_0 u1_0_1)))
(let ((?x76 (ite (or (= 0.0 l0_0_0) (= 0.0 u1_0_1)) 0.0 ?x70)))
(let ((?x49 (* l0_0_0 l1_0_1)))
(let ((?x55 (ite (or (= 0.0 l0_0_0) (= 0.0 l1_0_1)) 0.0 ?x49)))
(let ((?x122 (ite (< ?x55 ?x76) ?x55 ?x76)))
(let ((?x146 (ite (< ?x122 ?x134) ?x122 ?x134)))
(let (($x201 (or (= ?x146 -inf!) (<= ?x146 ?x31))))
(not $x201))))))))))))))
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
 (let ((?x108 (* u0_0_0 u1_0_1)))
(let ((?x114 (ite (or (= 0.0 u0_0_0) (= 0.0 u1_0_1)) 0.0 ?x108)))
(let ((?x96 (ite (or (= 0.0 u0_0_0) (= 0.0 l1_0_1)) 0.0 (* u0_0_0 l1_0_1))))
(let ((?x170 (ite (> ?x96 ?x114) ?x96 ?x114)))
(let ((?x70 (* l0_0_0 u1_0_1)))
(let ((?x76 (ite (or (= 0.0 l0_0_0) (= 0.0 u1_0_1)) 0.0 ?x70)))
(let ((?x49 (* l0_0_0 l1_0_1)))
(let ((?x55 (ite (or (= 0.0 l0_0_0) (= 0.0 l1_0_1)) 0.0 ?x49)))
(let ((?x158 (ite (> ?x55 ?x76) ?x55 ?x76)))
(let ((?x182 (ite (> ?x158 ?x170) ?x158 ?x170)))
(let ((?x31 (* x0_0_0 x1_0_1)))
(let (($x204 (or (= ?x182 +inf!) (<= ?x31 ?x182))))
(not $x204))))))))))))))
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
 (let ((?x32 (* x0_0_0 x1_0_2)))
(let ((?x109 (* u0_0_0 u1_0_2)))
(let ((?x115 (ite (or (= 0.0 u0_0_0) (= 0.0 u1_0_2)) 0.0 ?x109)))
(let ((?x97 (ite (or (= 0.0 u0_0_0) (= 0.0 l1_0_2)) 0.0 (* u0_0_0 l1_0_2))))
(let ((?x136 (ite (< ?x97 ?x115) ?x97 ?x115)))
(let ((?x71 (* l0_0_0 u1_0_2)))
(let ((?x77 (ite (or (= 0.0 l0_0_0) (= 0.0 u1_0_2)) 0.0 ?x71)))
(let ((?x50 (* l0_0_0 l1_0_2)))
(let ((?x56 (ite (or (= 0.0 l0_0_0) (= 0.0 l1_0_2)) 0.0 ?x50)))
(let ((?x124 (ite (< ?x56 ?x77) ?x56 ?x77)))
(let ((?x148 (ite (< ?x124 ?x136) ?x124 ?x136)))
(let (($x207 (or (= ?x148 -inf!) (<= ?x148 ?x32))))
(not $x207))))))))))))))
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
 (let ((?x109 (* u0_0_0 u1_0_2)))
(let ((?x115 (ite (or (= 0.0 u0_0_0) (= 0.0 u1_0_2)) 0.0 ?x109)))
(let ((?x97 (ite (or (= 0.0 u0_0_0) (= 0.0 l1_0_2)) 0.0 (* u0_0_0 l1_0_2))))
(let ((?x172 (ite (> ?x97 ?x115) ?x97 ?x115)))
(let ((?x71 (* l0_0_0 u1_0_2)))
(let ((?x77 (ite (or (= 0.0 l0_0_0) (= 0.0 u1_0_2)) 0.0 ?x71)))
(let ((?x50 (* l0_0_0 l1_0_2)))
(let ((?x56 (ite (or (= 0.0 l0_0_0) (= 0.0 l1_0_2)) 0.0 ?x50)))
(let ((?x160 (ite (> ?x56 ?x77) ?x56 ?x77)))
(let ((?x184 (ite (> ?x160 ?x172) ?x160 ?x172)))
(let ((?x32 (* x0_0_0 x1_0_2)))
(let (($x210 (or (= ?x184 +inf!) (<= ?x32 ?x184))))
(not $x210))))))))))))))
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
 (let ((?x33 (* x0_1_0 x1_0_0)))
(let ((?x110 (* u0_1_0 u1_0_0)))
(let ((?x116 (ite (or (= 0.0 u0_1_0) (= 0.0 u1_0_0)) 0.0 ?x110)))
(let ((?x98 (ite (or (= 0.0 u0_1_0) (= 0.0 l1_0_0)) 0.0 (* u0_1_0 l1_0_0))))
(let ((?x138 (ite (< ?x98 ?x116) ?x98 ?x116)))
(let ((?x72 (* l0_1_0 u1_0_0)))
(let ((?x78 (ite (or (= 0.0 l0_1_0) (= 0.0 u1_0_0)) 0.0 ?x72)))
(let ((?x51 (* l0_1_0 l1_0_0)))
(let ((?x57 (ite (or (= 0.0 l0_1_0) (= 0.0 l1_0_0)) 0.0 ?x51)))
(let ((?x126 (ite (< ?x57 ?x78) ?x57 ?x78)))
(let ((?x150 (ite (< ?x126 ?x138) ?x126 ?x138)))
(let (($x213 (or (= ?x150 -inf!) (<= ?x150 ?x33))))
(not $x213))))))))))))))
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
 (let ((?x110 (* u0_1_0 u1_0_0)))
(let ((?x116 (ite (or (= 0.0 u0_1_0) (= 0.0 u1_0_0)) 0.0 ?x110)))
(let ((?x98 (ite (or (= 0.0 u0_1_0) (= 0.0 l1_0_0)) 0.0 (* u0_1_0 l1_0_0))))
(let ((?x174 (ite (> ?x98 ?x116) ?x98 ?x116)))
(let ((?x72 (* l0_1_0 u1_0_0)))
(let ((?x78 (ite (or (= 0.0 l0_1_0) (= 0.0 u1_0_0)) 0.0 ?x72)))
(let ((?x51 (* l0_1_0 l1_0_0)))
(let ((?x57 (ite (or (= 0.0 l0_1_0) (= 0.0 l1_0_0)) 0.0 ?x51)))
(let ((?x162 (ite (> ?x57 ?x78) ?x57 ?x78)))
(let ((?x186 (ite (> ?x162 ?x174) ?x162 ?x174)))
(let ((?x33 (* x0_1_0 x1_0_0)))
(let (($x216 (or (= ?x186 +inf!) (<= ?x33 ?x186))))
(not $x216))))))))))))))
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
 (let ((?x34 (* x0_1_0 x1_0_1)))
(let ((?x111 (* u0_1_0 u1_0_1)))
(let ((?x117 (ite (or (= 0.0 u0_1_0) (= 0.0 u1_0_1)) 0.0 ?x111)))
(let ((?x99 (ite (or (= 0.0 u0_1_0) (= 0.0 l1_0_1)) 0.0 (* u0_1_0 l1_0_1))))
(let ((?x140 (ite (< ?x99 ?x117) ?x99 ?x117)))
(let ((?x73 (* l0_1_0 u1_0_1)))
(let ((?x79 (ite (or (= 0.0 l0_1_0) (= 0.0 u1_0_1)) 0.0 ?x73)))
(let ((?x52 (* l0_1_0 l1_0_1)))
(let ((?x58 (ite (or (= 0.0 l0_1_0) (= 0.0 l1_0_1)) 0.0 ?x52)))
(let ((?x128 (ite (< ?x58 ?x79) ?x58 ?x79)))
(let ((?x152 (ite (< ?x128 ?x140) ?x128 ?x140)))
(let (($x219 (or (= ?x152 -inf!) (<= ?x152 ?x34))))
(not $x219))))))))))))))
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
 (let ((?x111 (* u0_1_0 u1_0_1)))
(let ((?x117 (ite (or (= 0.0 u0_1_0) (= 0.0 u1_0_1)) 0.0 ?x111)))
(let ((?x99 (ite (or (= 0.0 u0_1_0) (= 0.0 l1_0_1)) 0.0 (* u0_1_0 l1_0_1))))
(let ((?x176 (ite (> ?x99 ?x117) ?x99 ?x117)))
(let ((?x73 (* l0_1_0 u1_0_1)))
(let ((?x79 (ite (or (= 0.0 l0_1_0) (= 0.0 u1_0_1)) 0.0 ?x73)))
(let ((?x52 (* l0_1_0 l1_0_1)))
(let ((?x58 (ite (or (= 0.0 l0_1_0) (= 0.0 l1_0_1)) 0.0 ?x52)))
(let ((?x164 (ite (> ?x58 ?x79) ?x58 ?x79)))
(let ((?x188 (ite (> ?x164 ?x176) ?x164 ?x176)))
(let ((?x34 (* x0_1_0 x1_0_1)))
(let (($x222 (or (= ?x188 +inf!) (<= ?x34 ?x188))))
(not $x222))))))))))))))
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
 (let ((?x35 (* x0_1_0 x1_0_2)))
(let ((?x112 (* u0_1_0 u1_0_2)))
(let ((?x118 (ite (or (= 0.0 u0_1_0) (= 0.0 u1_0_2)) 0.0 ?x112)))
(let ((?x100 (ite (or (= 0.0 u0_1_0) (= 0.0 l1_0_2)) 0.0 (* u0_1_0 l1_0_2))))
(let ((?x142 (ite (< ?x100 ?x118) ?x100 ?x118)))
(let ((?x74 (* l0_1_0 u1_0_2)))
(let ((?x80 (ite (or (= 0.0 l0_1_0) (= 0.0 u1_0_2)) 0.0 ?x74)))
(let ((?x53 (* l0_1_0 l1_0_2)))
(let ((?x59 (ite (or (= 0.0 l0_1_0) (= 0.0 l1_0_2)) 0.0 ?x53)))
(let ((?x130 (ite (< ?x59 ?x80) ?x59 ?x80)))
(let ((?x154 (ite (< ?x130 ?x142) ?x130 ?x142)))
(let (($x225 (or (= ?x154 -inf!) (<= ?x154 ?x35))))
(not $x225))))))))))))))
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
 (let ((?x112 (* u0_1_0 u1_0_2)))
(let ((?x118 (ite (or (= 0.0 u0_1_0) (= 0.0 u1_0_2)) 0.0 ?x112)))
(let ((?x100 (ite (or (= 0.0 u0_1_0) (= 0.0 l1_0_2)) 0.0 (* u0_1_0 l1_0_2))))
(let ((?x178 (ite (> ?x100 ?x118) ?x100 ?x118)))
(let ((?x74 (* l0_1_0 u1_0_2)))
(let ((?x80 (ite (or (= 0.0 l0_1_0) (= 0.0 u1_0_2)) 0.0 ?x74)))
(let ((?x53 (* l0_1_0 l1_0_2)))
(let ((?x59 (ite (or (= 0.0 l0_1_0) (= 0.0 l1_0_2)) 0.0 ?x53)))
(let ((?x166 (ite (> ?x59 ?x80) ?x59 ?x80)))
(let ((?x190 (ite (> ?x166 ?x178) ?x166 ?x178)))
(let ((?x35 (* x0_1_0 x1_0_2)))
(let (($x228 (or (= ?x190 +inf!) (<= ?x35 ?x190))))
(not $x228))))))))))))))
(check-sat)
